//! The tagger's weights, its decoder and its file format.
//!
//! Tags are BILOU over four entity types (O, then B-/I-/L-/U- for PERSON, ORGANIZATION,
//! LOCATION, MISC).
//! A token's score for a tag is the sum of its features' weights; a first-order transition score
//! joins neighbouring tags; Viterbi finds the best sequence under the BILOU constraint (an I- or L- tag
//! only continues its own type, a sentence never ends inside a name). Forward-backward over the same scores, divided by a temperature
//! fitted on held-out training data, gives each tag's probability: the mention confidence.
//!
//! File format (little-endian): `NABANER3`, tag count (u32), temperature (f32), (tags + 1) x tags
//! transition scores (f32, last row: sentence start), feature count (u32), the feature hashes
//! (u64, ascending), each feature's weight scale (f32), then tags x i16 quantized weights per
//! feature (weight = i16 x the feature's scale: 1/32767 of its largest weight, so small features
//! keep their precision).

use rustc_hash::FxHashMap as HashMap;

use crate::entities::Label;

/// Entity types in tag order.
pub const TYPES: [Label; 4] = [
    Label::Person,
    Label::Organization,
    Label::Location,
    Label::Misc,
];
/// O, then for each type the tags of a mention's first (B), inner (I) and last (L) token and of
/// a one-token mention (U): BILOU, which lets the weights tell how names end.
pub const TAGS: usize = 1 + 4 * TYPES.len();
pub const OUTSIDE: usize = 0;

/// Where a token sits in a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Begin,
    Inside,
    Last,
    Unit,
}

/// Scores of one token for every tag.
pub type TagScores = [f32; TAGS];
/// Transition scores: `[previous][next]`, previous = TAGS for the sentence start.
pub type Transitions = [[f32; TAGS]; TAGS + 1];

const MAGIC: &[u8; 8] = b"NABANER3";

pub fn tag(position: Position, entity_type: usize) -> usize {
    1 + 4 * entity_type + position as usize
}

/// (position, entity type) of a tag other than O.
pub fn tag_type(tag: usize) -> Option<(Position, usize)> {
    if tag == OUTSIDE || tag >= TAGS {
        return None;
    }
    let position = match (tag - 1) % 4 {
        0 => Position::Begin,
        1 => Position::Inside,
        2 => Position::Last,
        _ => Position::Unit,
    };
    Some((position, (tag - 1) / 4))
}

/// True for B- and I- tags: the mention goes on.
fn is_open(tag: usize) -> bool {
    matches!(tag_type(tag), Some((Position::Begin | Position::Inside, _)))
}

/// The BILOU constraint: an open mention continues with I- or L- of its type; anything else is
/// followed by O, B- or U-. `previous` is TAGS at the sentence start.
pub fn allowed(previous: usize, next: usize) -> bool {
    if previous != TAGS && is_open(previous) {
        let t = tag_type(previous).map(|(_, t)| t);
        matches!(tag_type(next), Some((Position::Inside | Position::Last, n)) if Some(n) == t)
    } else {
        !matches!(tag_type(next), Some((Position::Inside | Position::Last, _)))
    }
}

/// A sentence cannot end inside a mention.
pub fn can_end(tag: usize) -> bool {
    !is_open(tag)
}

/// The tags of mention runs `(first, one past last, type)` over `n` tokens.
pub fn encode_runs(runs: &[(usize, usize, usize)], n: usize) -> Vec<usize> {
    let mut tags = vec![OUTSIDE; n];
    for &(a, b, t) in runs {
        if b - a == 1 {
            tags[a] = tag(Position::Unit, t);
        } else {
            tags[a] = tag(Position::Begin, t);
            for x in &mut tags[a + 1..b - 1] {
                *x = tag(Position::Inside, t);
            }
            tags[b - 1] = tag(Position::Last, t);
        }
    }
    tags
}

/// One feature's weights, 16-bit with a scale (weight = `w[tag] x scale`): the file's own form,
/// and half the memory of floats, so that more of the rows a text touches stay in cache.
#[derive(Clone, Copy, Debug, Default)]
struct Row {
    scale: f32,
    w: [i16; TAGS],
}

impl Row {
    /// Quantizes float weights: the largest in magnitude maps to 32767.
    fn quantize(weights: &[f32]) -> Row {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = max / 32767.0;
        let mut w = [0i16; TAGS];
        if scale > 0.0 {
            for (q, x) in w.iter_mut().zip(weights) {
                *q = (x / scale).round() as i16;
            }
        }
        Row { scale, w }
    }
}

/// A trained model, ready to tag.
#[derive(Clone, Debug, Default)]
pub struct Model {
    index: HashMap<u64, u32>,
    rows: Vec<Row>,
    transitions: Transitions,
    temperature: f32,
    /// `transition_weights` of the transitions, computed once for `marginals_with`.
    transition_weights: Transitions,
}

impl Model {
    /// A model from trained weights (`weights[row * TAGS + tag]` for `keys[row]`), quantized to
    /// 16 bits per weight as the file stores them.
    pub fn from_parts(
        keys: &[u64],
        weights: Vec<f32>,
        transitions: Transitions,
        temperature: f32,
    ) -> Model {
        let rows = weights.chunks(TAGS).map(Row::quantize).collect();
        Model::from_rows(keys, rows, transitions, temperature)
    }

    fn from_rows(
        keys: &[u64],
        rows: Vec<Row>,
        transitions: Transitions,
        temperature: f32,
    ) -> Model {
        let index = keys
            .iter()
            .enumerate()
            .map(|(row, &k)| (k, row as u32))
            .collect();
        Model {
            index,
            rows,
            transition_weights: transition_weights(&transitions, temperature),
            transitions,
            temperature,
        }
    }

    pub fn feature_count(&self) -> usize {
        self.index.len()
    }

    pub fn transitions(&self) -> &Transitions {
        &self.transitions
    }

    pub fn temperature(&self) -> f32 {
        self.temperature
    }

    /// exp(transition / temperature) under the BILOU constraint, for `marginals_with`.
    pub fn transition_weights(&self) -> &Transitions {
        &self.transition_weights
    }

    /// Adds the weights of `features` to `scores`; unknown features weigh nothing.
    pub fn add_emissions(&self, features: &[u64], scores: &mut TagScores) {
        for feature in features {
            if let Some(&row) = self.index.get(feature) {
                let row = &self.rows[row as usize];
                scores
                    .iter_mut()
                    .zip(&row.w)
                    .for_each(|(s, &w)| *s += w as f32 * row.scale);
            }
        }
    }

    /// Serializes the 16-bit weights; features with no weight are left out.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut rows: Vec<(u64, &Row)> = self
            .index
            .iter()
            .map(|(&k, &r)| (k, &self.rows[r as usize]))
            .filter(|(_, row)| row.scale > 0.0)
            .collect();
        rows.sort_unstable_by_key(|&(k, _)| k);
        let mut out = Vec::with_capacity(32 + rows.len() * (12 + 2 * TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(TAGS as u32).to_le_bytes());
        out.extend_from_slice(&self.temperature.to_le_bytes());
        for transitions in &self.transitions {
            for t in transitions {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for (key, _) in &rows {
            out.extend_from_slice(&key.to_le_bytes());
        }
        for (_, row) in &rows {
            out.extend_from_slice(&row.scale.to_le_bytes());
        }
        for (_, row) in &rows {
            for w in row.w {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(8)? != MAGIC {
            return Err("not a naba NER model of this version (bad magic)".into());
        }
        let tags = reader.u32()? as usize;
        if tags != TAGS {
            return Err(format!("model has {tags} tags, this build expects {TAGS}"));
        }
        let temperature = reader.f32()?;
        let mut transitions = [[0f32; TAGS]; TAGS + 1];
        for row in transitions.iter_mut() {
            for t in row.iter_mut() {
                *t = reader.f32()?;
            }
        }
        let count = reader.u32()? as usize;
        let keys: Vec<u64> = (0..count).map(|_| reader.u64()).collect::<Result<_, _>>()?;
        let scales: Vec<f32> = (0..count).map(|_| reader.f32()).collect::<Result<_, _>>()?;
        let mut rows = Vec::with_capacity(count);
        for &scale in &scales {
            let mut row = Row {
                scale,
                w: [0; TAGS],
            };
            for w in row.w.iter_mut() {
                *w = reader.i16()?;
            }
            rows.push(row);
        }
        if reader.at != bytes.len() {
            return Err("trailing bytes after the weights".into());
        }
        Ok(Model::from_rows(&keys, rows, transitions, temperature))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at + n;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| format!("model file truncated at byte {}", self.at))?;
        self.at = end;
        Ok(slice)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn i16(&mut self) -> Result<i16, String> {
        Ok(i16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
}

/// The transition scores with the BILOU constraint applied (forbidden: minus infinity).
fn masked(transitions: &Transitions) -> Transitions {
    let mut out = *transitions;
    for (p, row) in out.iter_mut().enumerate() {
        for (t, score) in row.iter_mut().enumerate() {
            if !allowed(p, t) {
                *score = f32::NEG_INFINITY;
            }
        }
    }
    out
}

/// The pairs of neighbouring tags the BILOU constraint allows, as each tag's predecessors and
/// successors: 97 of the 289 pairs, so that decoding visits only those.
struct Lattice {
    predecessors: [Neighbours; TAGS],
    successors: [Neighbours; TAGS],
}

/// A tag's allowed neighbours, inline (at most 9: O and the L- and U- tags, or B- and I-).
#[derive(Clone, Copy)]
struct Neighbours {
    tags: [u8; TAGS],
    count: usize,
}

impl Neighbours {
    fn of(pred: impl Fn(usize) -> bool) -> Neighbours {
        let mut n = Neighbours {
            tags: [0; TAGS],
            count: 0,
        };
        for t in (0..TAGS).filter(|&t| pred(t)) {
            n.tags[n.count] = t as u8;
            n.count += 1;
        }
        n
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.tags[..self.count].iter().map(|&t| t as usize)
    }
}

fn lattice() -> &'static Lattice {
    static LATTICE: std::sync::OnceLock<Lattice> = std::sync::OnceLock::new();
    LATTICE.get_or_init(|| Lattice {
        predecessors: std::array::from_fn(|t| Neighbours::of(|p| allowed(p, t))),
        successors: std::array::from_fn(|p| Neighbours::of(|t| allowed(p, t))),
    })
}

/// The best tag sequence under the BILOU constraint.
pub fn viterbi(emissions: &[TagScores], transitions: &Transitions) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let transitions = masked(transitions);
    let lattice = lattice();
    let mut score = vec![[f32::NEG_INFINITY; TAGS]; n];
    let mut back = vec![[0u8; TAGS]; n];
    for t in 0..TAGS {
        score[0][t] = transitions[TAGS][t] + emissions[0][t];
    }
    for i in 1..n {
        let previous = score[i - 1];
        for t in 0..TAGS {
            let mut best = (f32::NEG_INFINITY, 0usize);
            for p in lattice.predecessors[t].iter() {
                let s = previous[p] + transitions[p][t];
                if s > best.0 {
                    best = (s, p);
                }
            }
            score[i][t] = best.0 + emissions[i][t];
            back[i][t] = best.1 as u8;
        }
    }
    let mut tags = vec![0usize; n];
    let mut last = (0..TAGS)
        .filter(|&t| can_end(t))
        .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
        .unwrap_or(OUTSIDE);
    for i in (0..n).rev() {
        tags[i] = last;
        last = back[i][last] as usize;
    }
    tags
}

/// Probability of every tag at every token: forward-backward over exp(score / temperature), in
/// probability space with per-token rescaling (one exp per token and tag, no logarithms).
pub fn marginals(
    emissions: &[TagScores],
    transitions: &Transitions,
    temperature: f32,
) -> Vec<TagScores> {
    marginals_with(
        emissions,
        &transition_weights(transitions, temperature),
        temperature,
    )
}

/// exp(transition / temperature), zero where the BILOU constraint forbids the pair.
pub fn transition_weights(transitions: &Transitions, temperature: f32) -> Transitions {
    let inv = 1.0 / temperature.max(1e-3);
    let masked = masked(transitions);
    let mut weight = [[0f32; TAGS]; TAGS + 1];
    for (w, m) in weight.iter_mut().zip(&masked) {
        for (w, m) in w.iter_mut().zip(m) {
            *w = (m * inv).exp();
        }
    }
    weight
}

/// `marginals` with the transition weights computed once (`transition_weights`).
pub fn marginals_with(
    emissions: &[TagScores],
    weight: &Transitions,
    temperature: f32,
) -> Vec<TagScores> {
    let n = emissions.len();
    let inv = 1.0 / temperature.max(1e-3);
    let emit: Vec<TagScores> = emissions
        .iter()
        .map(|e| {
            let max = e.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            e.map(|x| ((x - max) * inv).exp())
        })
        .collect();
    let normalize = |v: &mut TagScores| {
        let sum: f32 = v.iter().sum();
        if sum > 0.0 {
            v.iter_mut().for_each(|x| *x /= sum);
        }
    };
    let lattice = lattice();
    let mut alpha = vec![[0f32; TAGS]; n];
    for i in 0..n {
        for t in 0..TAGS {
            let incoming = if i == 0 {
                weight[TAGS][t]
            } else {
                lattice.predecessors[t]
                    .iter()
                    .map(|p| alpha[i - 1][p] * weight[p][t])
                    .sum()
            };
            alpha[i][t] = incoming * emit[i][t];
        }
        normalize(&mut alpha[i]);
    }
    let mut beta = vec![[0f32; TAGS]; n];
    if let Some(last) = beta.last_mut() {
        for (t, b) in last.iter_mut().enumerate() {
            *b = if can_end(t) { 1.0 } else { 0.0 };
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        for p in 0..TAGS {
            beta[i][p] = lattice.successors[p]
                .iter()
                .map(|t| weight[p][t] * emit[i + 1][t] * beta[i + 1][t])
                .sum();
        }
        normalize(&mut beta[i]);
    }
    (0..n)
        .map(|i| {
            let mut p = [0f32; TAGS];
            for t in 0..TAGS {
                p[t] = alpha[i][t] * beta[i][t];
            }
            normalize(&mut p);
            p
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(best: usize) -> TagScores {
        let mut s = [0.0; TAGS];
        s[best] = 5.0;
        s
    }

    #[test]
    fn viterbi_keeps_mentions_well_formed() {
        let transitions = [[0.0; TAGS]; TAGS + 1];
        // The emissions alone would say I-PER, L-LOC, B-ORG (ending the sentence open).
        let tags = viterbi(
            &[
                scores(tag(Position::Inside, 0)),
                scores(tag(Position::Last, 2)),
                scores(tag(Position::Begin, 1)),
            ],
            &transitions,
        );
        for (i, &t) in tags.iter().enumerate() {
            let previous = if i == 0 { TAGS } else { tags[i - 1] };
            assert!(allowed(previous, t), "{tags:?}");
        }
        assert!(can_end(*tags.last().unwrap()), "{tags:?}");
        let wanted = encode_runs(&[(0, 2, 1), (2, 3, 3)], 3);
        let emissions: Vec<TagScores> = wanted.iter().map(|&t| scores(t)).collect();
        assert_eq!(viterbi(&emissions, &transitions), wanted);
    }

    #[test]
    fn runs_encode_as_bilou() {
        let tags = encode_runs(&[(1, 4, 0), (4, 5, 2)], 6);
        let expected = vec![
            OUTSIDE,
            tag(Position::Begin, 0),
            tag(Position::Inside, 0),
            tag(Position::Last, 0),
            tag(Position::Unit, 2),
            OUTSIDE,
        ];
        assert_eq!(tags, expected);
        assert_eq!(tag_type(tags[3]), Some((Position::Last, 0)));
    }

    #[test]
    fn marginals_are_probabilities_that_favour_the_best_tag() {
        let transitions = [[0.0; TAGS]; TAGS + 1];
        let m = marginals(
            &[scores(tag(Position::Unit, 0)), scores(OUTSIDE)],
            &transitions,
            1.0,
        );
        for row in &m {
            let sum: f32 = row.iter().sum();
            assert!((sum - 1.0).abs() < 1e-4, "{sum}");
        }
        assert!(m[0][tag(Position::Unit, 0)] > 0.9);
        assert!(m[1][OUTSIDE] > 0.5);
    }

    #[test]
    fn file_round_trip_keeps_weights_and_rejects_garbage() {
        let mut transitions = [[0.0; TAGS]; TAGS + 1];
        transitions[1][2] = 1.5;
        let mut weights = vec![0.0; 2 * TAGS];
        weights[3] = 2.0;
        weights[TAGS + 1] = -1.0;
        let model = Model::from_parts(&[42, 7], weights, transitions, 3.0);
        let back = Model::from_bytes(&model.to_bytes()).unwrap();
        let mut s = [0.0; TAGS];
        back.add_emissions(&[42, 7, 99], &mut s);
        assert!(
            (s[3] - 2.0).abs() < 1e-3 && (s[1] + 1.0).abs() < 1e-3,
            "{s:?}"
        );
        assert_eq!(back.transitions()[1][2], 1.5);
        assert_eq!(back.temperature(), 3.0);
        assert!(Model::from_bytes(b"NABANER3\x11").is_err());
        assert!(Model::from_bytes(b"something else").is_err());
    }
}
