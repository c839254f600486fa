//! What the node does before a request reaches a module: who the caller is on the network,
//! how often it may try to sign in, and where a browser may be sent back to. The connection
//! limits of `gsi serve` (timeouts, caps) are in [`crate::serve`].

pub mod origin;
pub mod sign_in;
