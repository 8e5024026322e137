//! Opening an authenticated IMAP session: implicit TLS, STARTTLS, or plain on loopback.

use std::time::Duration;

use async_imap::Session;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::TlsConnector;

use crate::config::{Imap, Security};

/// A byte stream an IMAP session can run over (TCP or TLS over TCP).
pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug> Stream for T {}

pub type ImapSession = Session<Box<dyn Stream>>;

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("connecting to {0}: {1}")]
    Tcp(String, std::io::Error),
    #[error("TLS with {0}: {1}{hint}", hint = certificate_hint(.1))]
    Tls(String, std::io::Error),
    #[error("imap.ca_file: {0}")]
    Ca(String),
    #[error("imap: {0}")]
    Imap(#[from] async_imap::error::Error),
    #[error("imap login as {user}: {error}")]
    Login { user: String, error: async_imap::error::Error },
    #[error("imap password: {0}")]
    Secret(String),
    #[error("imap: no greeting from the server")]
    NoGreeting,
    #[error("imap: {0} timed out")]
    Timeout(&'static str),
}

/// What to do about a refused server certificate, for the log line.
fn certificate_hint(error: &std::io::Error) -> &'static str {
    if error.to_string().contains("UnknownIssuer") {
        " (the server's certificate is not signed by a CA this host trusts: a private CA goes in imap.ca_file)"
    } else if error.to_string().contains("certificate") {
        " (check the server's certificate: its name must match imap.host, and it must be valid now)"
    } else {
        ""
    }
}

/// Builds the TLS client configuration once: system roots plus the configured CA file.
pub fn tls_connector(config: &Imap) -> Result<TlsConnector, ConnectError> {
    crate::tls::connector(config.ca_file.as_deref()).map_err(ConnectError::Ca)
}

async fn within<T>(
    secs: u64,
    what: &'static str,
    fut: impl std::future::Future<Output = T>,
) -> Result<T, ConnectError> {
    tokio::time::timeout(Duration::from_secs(secs), fut).await.map_err(|_| ConnectError::Timeout(what))
}

async fn wrap_tls(connector: &TlsConnector, host: &str, tcp: TcpStream) -> Result<Box<dyn Stream>, ConnectError> {
    let name =
        ServerName::try_from(host.to_string()).map_err(|e| ConnectError::Tls(host.into(), std::io::Error::other(e)))?;
    let tls = connector.connect(name, tcp).await.map_err(|e| ConnectError::Tls(host.into(), e))?;
    Ok(Box::new(tls))
}

/// Connects, protects and logs in, each step bounded by `timeout_secs`.
pub async fn connect(config: &Imap, connector: &TlsConnector) -> Result<ImapSession, ConnectError> {
    let t = config.timeout_secs;
    let address = format!("{}:{}", config.host, config.port());
    let tcp =
        within(t, "connect", TcpStream::connect(&address)).await?.map_err(|e| ConnectError::Tcp(address.clone(), e))?;
    tcp.set_nodelay(true).ok();
    let mut client = match config.security {
        Security::Tls => {
            async_imap::Client::new(within(t, "TLS handshake", wrap_tls(connector, &config.host, tcp)).await??)
        }
        Security::Plain => async_imap::Client::new(Box::new(tcp) as Box<dyn Stream>),
        Security::Starttls => {
            let mut plain = async_imap::Client::new(tcp);
            within(t, "greeting", plain.read_response())
                .await?
                .ok_or(ConnectError::NoGreeting)?
                .map_err(async_imap::error::Error::Io)?;
            within(t, "STARTTLS", plain.run_command_and_check_ok("STARTTLS", None)).await??;
            let tcp = plain.into_inner();
            let stream = within(t, "TLS handshake", wrap_tls(connector, &config.host, tcp)).await??;
            // The greeting was read before STARTTLS: nothing more to read here.
            let client = async_imap::Client::new(stream);
            return login(client, config).await;
        }
    };
    within(t, "greeting", client.read_response())
        .await?
        .ok_or(ConnectError::NoGreeting)?
        .map_err(async_imap::error::Error::Io)?;
    login(client, config).await
}

async fn login(client: async_imap::Client<Box<dyn Stream>>, config: &Imap) -> Result<ImapSession, ConnectError> {
    let password = config.secret.read().map_err(ConnectError::Secret)?;
    within(config.timeout_secs, "login", client.login(&config.user, &password))
        .await?
        .map_err(|(error, _)| ConnectError::Login { user: config.user.clone(), error })
}
