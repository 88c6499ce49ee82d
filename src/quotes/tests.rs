//! Table-driven quote cases in both languages, through the whole pipeline.
