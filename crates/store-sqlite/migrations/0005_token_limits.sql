-- API tokens get an expiry, scopes and the time they were last used.

-- RFC 3339 UTC with milliseconds, so times compare as text. Tokens made before expiries existed
-- expire 90 days after they were created (the default for new tokens).
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT NOT NULL DEFAULT '';
UPDATE api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+90 days');

-- Comma-separated scopes: `read`, and `write:<module>` per module. Tokens made before scopes
-- existed keep what they could do then: read, and write in every module of that time.
ALTER TABLE api_tokens ADD COLUMN scopes TEXT NOT NULL
    DEFAULT 'read,write:registry,write:concerns,write:dialogue';

-- When the token last authenticated a request (to the minute), or NULL if never.
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
