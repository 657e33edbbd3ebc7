//! STUB: helper 1 replaces this file.
