//! What the node does before a request reaches a module, and to every response: who the caller
//! is on the network, how often it may try to sign in, where a browser may be sent back to, and
//! the security headers and compression of responses. The connection
//! limits of `gsi serve` (timeouts, caps) are in [`crate::serve`].

pub mod headers;
pub mod origin;
pub mod sign_in;
