//! The store contract on PostgreSQL: a fresh schema per test on the server named by
//! `GSI_TEST_POSTGRES_URL`, dropped when the test ends (see `common`).

mod common;

use common::TestSchema;

gsi_store::store_contract_tests!(TestSchema::new());
