//! Slow and idle clients against the real binary over loopback sockets: each limit of
//! `gsi serve` is set short and a raw TCP client breaks it. Every wait is bounded.

mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use support::{Node, Server};

fn connect(server: &Server) -> TcpStream {
    let address = server.base.trim_start_matches("http://");
    let stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    stream
}

/// Everything the server sends until it closes the connection, and how long that took.
fn read_to_close(stream: &mut TcpStream) -> (String, Duration) {
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == ErrorKind::ConnectionReset => break,
            Err(e) => panic!("the server kept the connection open: {e}"),
        }
    }
    (
        String::from_utf8_lossy(&received).into_owned(),
        started.elapsed(),
    )
}

const GET: &[u8] = b"GET /api/v1/catalogue HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

#[test]
fn a_client_that_never_finishes_its_header_is_cut_off() {
    let node = Node::sqlite();
    let server = node.serve_with(&["--header-read-timeout", "1s"]);
    let mut slow = connect(&server);
    slow.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .unwrap();
    let (_, took) = read_to_close(&mut slow);
    assert!(took < Duration::from_secs(10), "closed after {took:?}");
}

#[test]
fn an_idle_keep_alive_connection_is_closed() {
    let node = Node::sqlite();
    let server = node.serve_with(&["--header-read-timeout", "1s"]);
    let mut idle = connect(&server);
    idle.write_all(GET).unwrap();
    let (received, took) = read_to_close(&mut idle);
    assert!(received.starts_with("HTTP/1.1 200"), "{received}");
    assert!(took < Duration::from_secs(10), "closed after {took:?}");
}

#[test]
fn a_request_whose_body_trickles_gets_408() {
    let node = Node::sqlite();
    let server = node.serve_with(&["--request-timeout", "1s"]);
    let mut slow = connect(&server);
    slow.write_all(
        b"POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"user\":",
    )
    .unwrap();
    let (received, _) = read_to_close(&mut slow);
    assert!(received.starts_with("HTTP/1.1 408"), "{received}");
}

#[test]
fn past_the_connection_cap_the_next_client_waits_for_a_free_slot() {
    let node = Node::sqlite();
    let server = node.serve_with(&["--max-connections", "2", "--header-read-timeout", "60s"]);
    let holders: Vec<TcpStream> = (0..2).map(|_| connect(&server)).collect();
    waits_until_released(&server, || drop(holders), "connection");
}

/// With the cap taken, a GET gets no answer (for a second and a half) until `release` frees a
/// place; then it is served.
fn waits_until_released(server: &Server, release: impl FnOnce(), what: &str) {
    std::thread::sleep(Duration::from_millis(300));
    let mut next = connect(server);
    next.write_all(GET).unwrap();
    next.set_read_timeout(Some(Duration::from_millis(1500)))
        .unwrap();
    let mut buffer = [0u8; 64];
    match next.read(&mut buffer) {
        Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
        other => panic!("a {what} was served past the cap: {other:?}"),
    }
    release();
    next.set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let n = next.read(&mut buffer).unwrap();
    assert!(
        String::from_utf8_lossy(&buffer[..n]).starts_with("HTTP/1.1 200"),
        "served once a {what} ends"
    );
}

#[test]
fn past_the_request_cap_the_next_request_waits_for_a_running_one_to_finish() {
    let node = Node::sqlite();
    let server = node.serve_with(&["--max-concurrent-requests", "2", "--request-timeout", "60s"]);
    // Two requests in flight: their headers are read, their bodies never come.
    let body_pending = b"POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n\
        Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
    let mut running: Vec<TcpStream> = (0..2).map(|_| connect(&server)).collect();
    for stream in &mut running {
        stream.write_all(body_pending).unwrap();
    }
    waits_until_released(&server, || drop(running), "request");
}

#[test]
fn sigterm_stops_the_node_within_its_grace_even_with_a_request_in_flight() {
    let node = Node::sqlite();
    let mut server = node.serve_with(&[
        "--shutdown-grace",
        "1s",
        "--request-timeout",
        "60s",
        "--header-read-timeout",
        "60s",
    ]);
    let mut in_flight = connect(&server);
    in_flight
        .write_all(
            b"POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        )
        .unwrap();
    let _idle = connect(&server);
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "still running 15 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "a clean exit: {status}");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "the request in flight had its grace"
    );
}
