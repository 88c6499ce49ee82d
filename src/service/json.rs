//! Canonical proto3 JSON for the CLI (the shape grpcurl prints), driven by the same descriptor set
//! as reflection, so the two can never drift apart.

use std::sync::OnceLock;

use prost::Message;
use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor, SerializeOptions};

use crate::proto;

fn pool() -> &'static DescriptorPool {
    static POOL: OnceLock<DescriptorPool> = OnceLock::new();
    POOL.get_or_init(|| {
        DescriptorPool::decode(proto::FILE_DESCRIPTOR_SET)
            .expect("build.rs wrote a valid descriptor set")
    })
}

fn descriptor(name: &str) -> MessageDescriptor {
    pool()
        .get_message_by_name(name)
        .unwrap_or_else(|| panic!("{name} is in the descriptor set"))
}

/// Serializes a response as proto3 JSON; `pretty` indents it.
pub fn response_to_json(response: &proto::EnrichResponse, pretty: bool) -> String {
    let message = DynamicMessage::decode(
        descriptor("enrich.v1.EnrichResponse"),
        response.encode_to_vec().as_slice(),
    )
    .expect("a response we encoded decodes");
    let mut out = Vec::new();
    let options = SerializeOptions::new();
    if pretty {
        let mut ser = serde_json::Serializer::with_formatter(
            &mut out,
            serde_json::ser::PrettyFormatter::with_indent(b"  "),
        );
        message
            .serialize_with_options(&mut ser, &options)
            .expect("JSON serialization cannot fail");
    } else {
        let mut ser = serde_json::Serializer::new(&mut out);
        message
            .serialize_with_options(&mut ser, &options)
            .expect("JSON serialization cannot fail");
    }
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Parses one `EnrichRequest` in proto3 JSON (field names in camelCase or as in the proto, enum
/// values by name or number).
pub fn request_from_json(json: &str) -> Result<proto::EnrichRequest, String> {
    message_from_json(json, "EnrichRequest")
}

/// Parses one `EnrichResponse` in proto3 JSON, as `naba enrich` and grpcurl print it.
pub fn response_from_json(json: &str) -> Result<proto::EnrichResponse, String> {
    message_from_json(json, "EnrichResponse")
}

fn message_from_json<T: prost::Message + Default>(json: &str, name: &str) -> Result<T, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let message =
        DynamicMessage::deserialize(descriptor(&format!("enrich.v1.{name}")), &mut deserializer)
            .map_err(|e| format!("not an {name} in proto3 JSON: {e}"))?;
    deserializer
        .end()
        .map_err(|e| format!("trailing characters after the {name}: {e}"))?;
    message
        .transcode_to::<T>()
        .map_err(|e| format!("not an {name}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_parse_with_enum_names_and_camel_case() {
        let req = request_from_json(r#"{"documentId":"d1","text":"hi","features":["FEATURE_TOKENS"],"offset_encoding":"OFFSET_ENCODING_UTF16"}"#).unwrap();
        assert_eq!(req.document_id, "d1");
        assert_eq!(req.features, vec![proto::Feature::Tokens as i32]);
        assert_eq!(req.offset_encoding, proto::OffsetEncoding::Utf16 as i32);
        assert!(request_from_json(r#"{"text": 5}"#).is_err());
    }

    #[test]
    fn responses_use_canonical_names() {
        let response = proto::EnrichResponse {
            document_id: "d".into(),
            features_applied: vec![proto::Feature::Sentences as i32],
            ..Default::default()
        };
        let json = response_to_json(&response, false);
        assert_eq!(
            json,
            r#"{"documentId":"d","featuresApplied":["FEATURE_SENTENCES"]}"#
        );
    }
}
