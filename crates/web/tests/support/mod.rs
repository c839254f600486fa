//! The demo node the web tests run against: a fresh SQLite database with the registry loaded and
//! the demo users (with their tokens and passwords) and demo concern.

use std::sync::Arc;

use gsi_app::demo::DemoUser;
use gsi_app::{NodeIdentity, Platform};

pub struct DemoNode {
    _dir: tempfile::TempDir,
    pub platform: Platform,
    pub users: Vec<DemoUser>,
    /// The demo concern: lodged by KAZ, addressed to CHN and PAK.
    pub concern: String,
}

impl DemoNode {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (node, _) = NodeIdentity::load_or_create(dir.path(), "tests.localhost/log").unwrap();
        let url = format!("sqlite://{}", dir.path().join("gsi.db").display());
        let platform = Platform::new(gsi_app::open_store(&url).unwrap(), Arc::new(node));
        platform.registry().load(gsi_app::now()).unwrap();
        let users = gsi_app::demo::seed(&platform, gsi_app::now()).unwrap();
        let concern = platform
            .store()
            .concerns(&Default::default())
            .unwrap()
            .pop()
            .unwrap()
            .id
            .to_string();
        DemoNode {
            _dir: dir,
            platform,
            users,
            concern,
        }
    }

    pub fn user(&self, name: &str) -> &DemoUser {
        self.users
            .iter()
            .find(|u| u.name == name)
            .unwrap_or_else(|| panic!("no demo user {name}"))
    }
}
