//! TLS end to end on loopback, with certificates this test makes (a CA, a server certificate for
//! `localhost`, a client certificate): plain TLS, then mutual TLS that refuses a client without
//! a certificate.

mod common;

use std::time::Duration;

use naba::proto::enrichment_service_client::EnrichmentServiceClient;
use naba::proto::EnrichRequest;
use naba::server::{PipelineSource, ServerConfig, TlsFiles};
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Identity};

struct Pki {
    ca_pem: String,
    server: (String, String),
    client: (String, String),
}

fn pki() -> Pki {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let leaf = |name: &str| {
        let key = KeyPair::generate().unwrap();
        let cert = CertificateParams::new(vec![name.to_string()])
            .unwrap()
            .signed_by(&key, &ca)
            .unwrap();
        (cert.pem(), key.serialize_pem())
    };
    Pki {
        ca_pem: ca.pem(),
        server: leaf("localhost"),
        client: leaf("naba-test-client"),
    }
}

async fn start(tls: TlsFiles) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let config = ServerConfig {
        tls: Some(tls),
        shutdown_grace: Duration::from_secs(1),
        ..ServerConfig::default()
    };
    tokio::spawn(naba::server::run(
        listener,
        config,
        PipelineSource::Ready(common::pipeline()),
        async {
            let _ = stopped.await;
        },
    ));
    (addr, stop)
}

async fn call(addr: std::net::SocketAddr, tls: ClientTlsConfig) -> Result<String, String> {
    let channel = Channel::from_shared(format!("https://localhost:{}", addr.port()))
        .unwrap()
        .tls_config(tls)
        .map_err(|e| e.to_string())?
        .connect()
        .await
        .map_err(|e| format!("{e:?}"))?;
    let mut client = EnrichmentServiceClient::new(channel);
    // The models are ready at once (PipelineSource::Ready): no need to wait for health.
    let response = client
        .enrich(EnrichRequest {
            text: "قال الرئيس إن \"الوضع مستقر\".".into(),
            ..Default::default()
        })
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(response.into_inner().language_code)
}

#[tokio::test]
async fn tls_and_mutual_tls_serve_a_trusted_client_and_refuse_others() {
    let pki = pki();
    let trust = || {
        ClientTlsConfig::new()
            .ca_certificate(Certificate::from_pem(&pki.ca_pem))
            .domain_name("localhost")
    };

    let (addr, stop) = start(TlsFiles {
        cert_pem: pki.server.0.clone().into_bytes(),
        key_pem: pki.server.1.clone().into_bytes(),
        client_ca_pem: None,
    })
    .await;
    assert_eq!(call(addr, trust()).await, Ok("ar".to_string()));
    // A client that does not trust the CA refuses the server.
    let untrusted = ClientTlsConfig::new().domain_name("localhost");
    assert!(call(addr, untrusted).await.is_err());
    let _ = stop.send(());

    let (addr, stop) = start(TlsFiles {
        cert_pem: pki.server.0.clone().into_bytes(),
        key_pem: pki.server.1.clone().into_bytes(),
        client_ca_pem: Some(pki.ca_pem.clone().into_bytes()),
    })
    .await;
    let with_identity = trust().identity(Identity::from_pem(&pki.client.0, &pki.client.1));
    assert_eq!(call(addr, with_identity).await, Ok("ar".to_string()));
    assert!(
        call(addr, trust()).await.is_err(),
        "mutual TLS served a client without a certificate"
    );
    let _ = stop.send(());
}
