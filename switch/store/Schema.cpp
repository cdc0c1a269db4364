#include "store/Schema.h"

namespace rebound::store {

// Conventions: ids are INTEGER PRIMARY KEY; money is *_micros INTEGER
// (1e-6 of the currency unit); timestamps are *_at INTEGER, milliseconds since
// the Unix epoch, UTC; phone numbers are E.164 digits without '+'.
static Migration version1()
{
    return {
        1,
        QStringLiteral("initial schema"),
        {
            QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE rate_tables (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
            kind        TEXT NOT NULL CHECK (kind IN ('sell', 'buy')),
            currency    TEXT NOT NULL DEFAULT 'USD',
            description TEXT NOT NULL DEFAULT '',
            created_at  INTEGER NOT NULL,
            updated_at  INTEGER NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE rates (
            id                 INTEGER PRIMARY KEY,
            rate_table_id      INTEGER NOT NULL REFERENCES rate_tables (id) ON DELETE CASCADE,
            prefix             TEXT NOT NULL CHECK (length(prefix) > 0),
            destination        TEXT NOT NULL DEFAULT '',
            rate_micros        INTEGER NOT NULL CHECK (rate_micros >= 0),
            connect_fee_micros INTEGER NOT NULL DEFAULT 0 CHECK (connect_fee_micros >= 0),
            first_increment    INTEGER NOT NULL DEFAULT 60 CHECK (first_increment > 0),
            next_increment     INTEGER NOT NULL DEFAULT 60 CHECK (next_increment > 0),
            min_seconds        INTEGER NOT NULL DEFAULT 0 CHECK (min_seconds >= 0),
            grace_seconds      INTEGER NOT NULL DEFAULT 0 CHECK (grace_seconds >= 0),
            valid_from         INTEGER,
            valid_to           INTEGER,
            time_from          INTEGER CHECK (time_from BETWEEN 0 AND 1439),
            time_to            INTEGER CHECK (time_to BETWEEN 0 AND 1440),
            days_mask          INTEGER NOT NULL DEFAULT 127 CHECK (days_mask BETWEEN 1 AND 127)))"),
            QStringLiteral("CREATE INDEX rates_by_table_prefix ON rates (rate_table_id, prefix)"),

            QStringLiteral(R"(CREATE TABLE accounts (
            id                   INTEGER PRIMARY KEY,
            account_code         TEXT NOT NULL UNIQUE CHECK (length(account_code) > 0),
            name                 TEXT NOT NULL DEFAULT '',
            member_id            TEXT UNIQUE,
            password_hash        TEXT,
            pin_hash             TEXT,
            language             TEXT NOT NULL DEFAULT 'en',
            balance_micros       INTEGER NOT NULL DEFAULT 0,
            credit_limit_micros  INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit_micros >= 0),
            sell_plan_id         INTEGER REFERENCES rate_tables (id) ON DELETE RESTRICT,
            max_concurrent_calls INTEGER NOT NULL DEFAULT 1 CHECK (max_concurrent_calls >= 0),
            status               TEXT NOT NULL DEFAULT 'active'
                                 CHECK (status IN ('active', 'suspended', 'closed')),
            notes                TEXT NOT NULL DEFAULT '',
            is_demo              INTEGER NOT NULL DEFAULT 0,
            created_at           INTEGER NOT NULL,
            updated_at           INTEGER NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE callback_numbers (
            id         INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            number     TEXT NOT NULL CHECK (length(number) BETWEEN 7 AND 15),
            label      TEXT NOT NULL DEFAULT '',
            is_default INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, number)))"),
            QStringLiteral("CREATE INDEX callback_numbers_by_number ON callback_numbers (number)"),

            QStringLiteral(R"(CREATE TABLE gateways (
            id                INTEGER PRIMARY KEY,
            name              TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
            host              TEXT NOT NULL,
            port              INTEGER NOT NULL DEFAULT 5060 CHECK (port BETWEEN 1 AND 65535),
            transport         TEXT NOT NULL DEFAULT 'udp' CHECK (transport IN ('udp', 'tcp', 'tls')),
            username          TEXT NOT NULL DEFAULT '',
            password          TEXT NOT NULL DEFAULT '',
            realm             TEXT NOT NULL DEFAULT '',
            strip_digits      INTEGER NOT NULL DEFAULT 0 CHECK (strip_digits >= 0),
            add_prefix        TEXT NOT NULL DEFAULT '',
            caller_id         TEXT NOT NULL DEFAULT '',
            buy_rate_table_id INTEGER REFERENCES rate_tables (id) ON DELETE RESTRICT,
            max_calls         INTEGER NOT NULL DEFAULT 0 CHECK (max_calls >= 0),
            trusted_sources   TEXT NOT NULL DEFAULT '',
            is_sms_gateway    INTEGER NOT NULL DEFAULT 0,
            enabled           INTEGER NOT NULL DEFAULT 1,
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE routes (
            id         INTEGER PRIMARY KEY,
            prefix     TEXT NOT NULL DEFAULT '',
            gateway_id INTEGER NOT NULL REFERENCES gateways (id) ON DELETE CASCADE,
            priority   INTEGER NOT NULL DEFAULT 100,
            enabled    INTEGER NOT NULL DEFAULT 1,
            UNIQUE (prefix, gateway_id)))"),

            QStringLiteral(R"(CREATE TABLE dids (
            id         INTEGER PRIMARY KEY,
            number     TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 3 AND 15),
            account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
            mode       TEXT NOT NULL DEFAULT 'did' CHECK (mode IN ('did', 'lgw')),
            gateway_id INTEGER REFERENCES gateways (id) ON DELETE RESTRICT,
            enabled    INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            CHECK (mode = 'did' OR gateway_id IS NOT NULL)))"),

            QStringLiteral(R"(CREATE TABLE card_batches (
            id                INTEGER PRIMARY KEY,
            name              TEXT NOT NULL DEFAULT '',
            kind              TEXT NOT NULL CHECK (kind IN ('ppcc', 'charge')),
            card_count        INTEGER NOT NULL CHECK (card_count > 0),
            face_value_micros INTEGER NOT NULL CHECK (face_value_micros > 0),
            currency          TEXT NOT NULL DEFAULT 'USD',
            sell_plan_id      INTEGER REFERENCES rate_tables (id) ON DELETE RESTRICT,
            language          TEXT NOT NULL DEFAULT 'en',
            pin_length        INTEGER NOT NULL CHECK (pin_length >= 10),
            serial_prefix     TEXT NOT NULL DEFAULT '',
            expiry_mode       TEXT NOT NULL DEFAULT 'none'
                              CHECK (expiry_mode IN ('none', 'fixed', 'after_creation', 'after_first_use')),
            expires_at        INTEGER,
            expiry_days       INTEGER,
            status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'void')),
            created_by        TEXT NOT NULL DEFAULT '',
            created_at        INTEGER NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE cards (
            id                 INTEGER PRIMARY KEY,
            batch_id           INTEGER NOT NULL REFERENCES card_batches (id) ON DELETE RESTRICT,
            serial             TEXT NOT NULL UNIQUE,
            pin_hash           TEXT NOT NULL UNIQUE,
            status             TEXT NOT NULL DEFAULT 'new'
                               CHECK (status IN ('new', 'active', 'used', 'expired', 'void')),
            expires_at         INTEGER,
            first_used_at      INTEGER,
            used_at            INTEGER,
            used_by_account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
            created_at         INTEGER NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE ledger (
            id                   INTEGER PRIMARY KEY,
            account_id           INTEGER NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
            amount_micros        INTEGER NOT NULL,
            balance_after_micros INTEGER NOT NULL,
            reason               TEXT NOT NULL
                                 CHECK (reason IN ('call', 'topup', 'card', 'ppcc', 'adjustment', 'refund')),
            reference            TEXT NOT NULL DEFAULT '',
            created_by           TEXT NOT NULL DEFAULT '',
            created_at           INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX ledger_by_account ON ledger (account_id, id)"),
            // The ledger is append-only: history is corrected by new rows.
            QStringLiteral(R"(CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows cannot be changed'); END)"),
            QStringLiteral(R"(CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows cannot be deleted'); END)"),

            QStringLiteral(R"(CREATE TABLE callback_requests (
            id              INTEGER PRIMARY KEY,
            account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            trigger         TEXT NOT NULL CHECK (trigger IN ('did', 'lgw', 'sms', 'web', 'api', 'console')),
            source          TEXT NOT NULL DEFAULT '',
            did_id          INTEGER REFERENCES dids (id) ON DELETE SET NULL,
            callback_number TEXT NOT NULL,
            destination     TEXT,
            state           TEXT NOT NULL DEFAULT 'requested',
            attempts        INTEGER NOT NULL DEFAULT 0,
            failure_reason  TEXT NOT NULL DEFAULT '',
            created_at      INTEGER NOT NULL,
            updated_at      INTEGER NOT NULL,
            finished_at     INTEGER))"),
            QStringLiteral(
                "CREATE INDEX callback_requests_by_account ON callback_requests (account_id, created_at)"),

            QStringLiteral(R"(CREATE TABLE calls (
            id                  INTEGER PRIMARY KEY,
            callback_request_id INTEGER REFERENCES callback_requests (id) ON DELETE SET NULL,
            account_id          INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            state               TEXT NOT NULL DEFAULT 'open',
            limit_seconds       INTEGER,
            sell_micros         INTEGER NOT NULL DEFAULT 0,
            buy_micros          INTEGER NOT NULL DEFAULT 0,
            started_at          INTEGER NOT NULL,
            ended_at            INTEGER,
            hangup_reason       TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX calls_by_account ON calls (account_id, started_at)"),

            QStringLiteral(R"(CREATE TABLE legs (
            id                 INTEGER PRIMARY KEY,
            call_id            INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
            leg                TEXT NOT NULL CHECK (leg IN ('A', 'B')),
            number             TEXT NOT NULL,
            gateway_id         INTEGER REFERENCES gateways (id) ON DELETE SET NULL,
            sip_call_id        TEXT NOT NULL DEFAULT '',
            sip_status         INTEGER,
            sip_reason         TEXT NOT NULL DEFAULT '',
            invited_at         INTEGER NOT NULL,
            answered_at        INTEGER,
            progress_at        INTEGER,
            ended_at           INTEGER,
            is_open            INTEGER NOT NULL DEFAULT 1,
            duration_ms        INTEGER NOT NULL DEFAULT 0,
            charged_seconds    INTEGER NOT NULL DEFAULT 0,
            sell_rate_id       INTEGER REFERENCES rates (id) ON DELETE SET NULL,
            buy_rate_id        INTEGER REFERENCES rates (id) ON DELETE SET NULL,
            sell_micros        INTEGER NOT NULL DEFAULT 0,
            buy_micros         INTEGER NOT NULL DEFAULT 0,
            packets_in         INTEGER NOT NULL DEFAULT 0,
            packets_out        INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX legs_by_call ON legs (call_id)"),
            QStringLiteral("CREATE INDEX legs_open ON legs (is_open)"),

            QStringLiteral(R"(CREATE TABLE audit_log (
            id          INTEGER PRIMARY KEY,
            at          INTEGER NOT NULL,
            actor       TEXT NOT NULL DEFAULT '',
            source      TEXT NOT NULL DEFAULT '',
            action      TEXT NOT NULL,
            object_type TEXT NOT NULL DEFAULT '',
            object_id   TEXT NOT NULL DEFAULT '',
            details     TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (at)"),
        }};
}

// Credit held by live calls, so concurrent calls on one account can never
// spend the same money twice (billing::CreditManager).
static Migration version2()
{
    return {
        2,
        QStringLiteral("credit reservations"),
        {
            QStringLiteral(R"(CREATE TABLE credit_reservations (
            id            INTEGER PRIMARY KEY,
            account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            reference     TEXT NOT NULL DEFAULT '',
            amount_micros INTEGER NOT NULL CHECK (amount_micros >= 0),
            created_at    INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX credit_reservations_by_account ON credit_reservations (account_id)"),
        }};
}

// Cards: where a batch's serials start, a lookup index, and the failed
// redemption attempts that lock out PIN guessing (cards::AttemptLimiter).
static Migration version3()
{
    return {3,
            QStringLiteral("card serial ranges and redemption lock-out"),
            {
                QStringLiteral("ALTER TABLE card_batches ADD COLUMN serial_start INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("CREATE INDEX cards_by_batch ON cards (batch_id, serial)"),
                QStringLiteral(R"(CREATE TABLE redemption_attempts (
            key          TEXT PRIMARY KEY,
            failures     INTEGER NOT NULL DEFAULT 0,
            window_start INTEGER NOT NULL,
            locked_until INTEGER))"),
            }};
}

// CDRs keep the rates they were billed at in words, because rate rows are
// replaced wholesale on every import and their ids do not last.
static Migration version4()
{
    return {4,
            QStringLiteral("rates used, kept on each leg"),
            {
                QStringLiteral("ALTER TABLE legs ADD COLUMN sell_prefix TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE legs ADD COLUMN sell_rate_micros INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE legs ADD COLUMN buy_prefix TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE legs ADD COLUMN buy_rate_micros INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE calls ADD COLUMN reservation_id INTEGER"),
            }};
}

// Tokens for the JSON API (/api/v1), one per reseller system that calls it.
// Only a digest of each token is kept; a revoked token stays for the audit
// trail, and its name may be given to a new token.
static Migration version5()
{
    return {5,
            QStringLiteral("API tokens"),
            {
                QStringLiteral(R"(CREATE TABLE api_tokens (
            id           INTEGER PRIMARY KEY,
            name         TEXT NOT NULL CHECK (length(name) > 0),
            token_hash   TEXT NOT NULL UNIQUE,
            created_at   INTEGER NOT NULL,
            last_used_at INTEGER,
            revoked_at   INTEGER))"),
                QStringLiteral(
                    "CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL"),
            }};
}

// The business view (console Calls, Dashboard, Reports; `cdrs`, `reports`):
// each call keeps, once billed, what a CDR browser filters, sorts and sums
// on, so a page of calls or a month's totals is one range scan of `calls`
// and not a join over every leg. The destination's name is kept as a value
// on the leg and the call, so replacing a rate table never changes an old
// record. Existing calls are filled in from their legs and requests.
// calls_by_start covers a period's sums, so totals and charts read the index
// alone, in the Calls page's (started_at, id) order; calls_by_state and
// callback_requests_by_time cover a period's failure reasons and requests;
// calls_by_destination_name covers the profit-by-destination report.
static Migration version6()
{
    return {
        6,
        QStringLiteral("call records for reports"),
        {
            QStringLiteral("ALTER TABLE legs ADD COLUMN destination_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN trigger TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN callback_number TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN destination TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN destination_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN gateway_a_id INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN gateway_b_id INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN answered_at INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN talk_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN a_seconds INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN b_seconds INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN a_sell_micros INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN a_buy_micros INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN b_sell_micros INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN b_buy_micros INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(R"(UPDATE calls SET
            trigger = COALESCE((SELECT r.trigger FROM callback_requests r
                                WHERE r.id = calls.callback_request_id), ''),
            callback_number = COALESCE((SELECT r.callback_number FROM callback_requests r
                                        WHERE r.id = calls.callback_request_id), ''),
            destination = COALESCE((SELECT l.number FROM legs l WHERE l.call_id = calls.id AND l.leg = 'B'
                                    ORDER BY l.id DESC LIMIT 1),
                                   (SELECT r.destination FROM callback_requests r
                                    WHERE r.id = calls.callback_request_id), ''),
            gateway_a_id = (SELECT l.gateway_id FROM legs l WHERE l.call_id = calls.id AND l.leg = 'A'
                            ORDER BY l.answered_at IS NULL, l.id DESC LIMIT 1),
            gateway_b_id = (SELECT l.gateway_id FROM legs l WHERE l.call_id = calls.id AND l.leg = 'B'
                            ORDER BY l.answered_at IS NULL, l.id DESC LIMIT 1),
            answered_at = (SELECT MIN(l.answered_at) FROM legs l WHERE l.call_id = calls.id AND l.leg = 'B'),
            talk_ms = (SELECT COALESCE(SUM(l.duration_ms), 0) FROM legs l
                       WHERE l.call_id = calls.id AND l.leg = 'B'),
            a_seconds = (SELECT COALESCE(SUM(l.charged_seconds), 0) FROM legs l
                         WHERE l.call_id = calls.id AND l.leg = 'A'),
            b_seconds = (SELECT COALESCE(SUM(l.charged_seconds), 0) FROM legs l
                         WHERE l.call_id = calls.id AND l.leg = 'B'),
            a_sell_micros = (SELECT COALESCE(SUM(l.sell_micros), 0) FROM legs l
                             WHERE l.call_id = calls.id AND l.leg = 'A'),
            a_buy_micros = (SELECT COALESCE(SUM(l.buy_micros), 0) FROM legs l
                            WHERE l.call_id = calls.id AND l.leg = 'A'),
            b_sell_micros = (SELECT COALESCE(SUM(l.sell_micros), 0) FROM legs l
                             WHERE l.call_id = calls.id AND l.leg = 'B'),
            b_buy_micros = (SELECT COALESCE(SUM(l.buy_micros), 0) FROM legs l
                            WHERE l.call_id = calls.id AND l.leg = 'B'))"),
            QStringLiteral("CREATE INDEX calls_by_start ON calls (started_at, id, answered_at, talk_ms, "
                           "a_seconds, b_seconds, sell_micros, buy_micros)"),
            QStringLiteral("CREATE INDEX calls_by_destination ON calls (destination, started_at)"),
            QStringLiteral("CREATE INDEX calls_by_destination_name ON calls (destination_name, started_at, "
                           "answered_at, talk_ms, a_seconds, b_seconds, sell_micros, buy_micros)"),
            QStringLiteral("CREATE INDEX calls_by_gateway_b ON calls (gateway_b_id, started_at)"),
            QStringLiteral("CREATE INDEX calls_by_gateway_a ON calls (gateway_a_id, started_at)"),
            QStringLiteral("CREATE INDEX calls_by_state ON calls (state, started_at, hangup_reason)"),
            QStringLiteral("CREATE INDEX callback_requests_by_time ON callback_requests "
                           "(created_at, state)"),
        }};
}

// Toll fraud on the triggers (issue 15): a subscriber may accept DID
// triggers only from their registered phones (on for every account, so also
// for those that had phones before), and a DID may have the IVR ask for the
// subscriber's PIN. SMS lock-outs reuse redemption_attempts.
static Migration version7()
{
    return {7,
            QStringLiteral("DID caller check and PIN prompt"),
            {
                QStringLiteral("ALTER TABLE accounts ADD COLUMN did_registered_callers_only INTEGER NOT NULL "
                               "DEFAULT 1"),
                QStringLiteral("ALTER TABLE dids ADD COLUMN ask_pin INTEGER NOT NULL DEFAULT 0"),
            }};
}

// API tokens with a scope and an expiry (issue 15): a token acts for every
// subscriber (all_accounts = 1, as every older token keeps doing) or only for
// the accounts listed in api_token_accounts. Scope rows name the account by
// id, so a changed account code stays covered, and go with a deleted account
// (ids can be reused). expires_at NULL = never.
static Migration version8()
{
    return {
        8,
        QStringLiteral("API token scope and expiry"),
        {
            QStringLiteral("ALTER TABLE api_tokens ADD COLUMN expires_at INTEGER"),
            QStringLiteral("ALTER TABLE api_tokens ADD COLUMN all_accounts INTEGER NOT NULL DEFAULT 1 "
                           "CHECK (all_accounts IN (0, 1))"),
            QStringLiteral(R"(CREATE TABLE api_token_accounts (
            token_id   INTEGER NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            PRIMARY KEY (token_id, account_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX api_token_accounts_by_account ON api_token_accounts (account_id)"),
        }};
}

// Every callback trigger expires the subscriber's own prepaid cards that are
// due (CardRepository::expireDueFor); without this index that meant reading
// every card of every calling-card batch, 100,000 rows a batch, per trigger.
static Migration version9()
{
    return {9,
            QStringLiteral("cards by the subscriber who used them"),
            {
                QStringLiteral("CREATE INDEX cards_by_user ON cards (used_by_account_id) "
                               "WHERE used_by_account_id IS NOT NULL"),
            }};
}

// Built-in test phones (issue 19): one gateway may be the test carrier,
// which real calls never use; a callback it triggered (or the console's test
// phones asked for) is a test call, and so is its call record, billed like
// any other but told apart in the records and reports.
static Migration version10()
{
    return {10,
            QStringLiteral("test carrier and test calls"),
            {
                QStringLiteral("ALTER TABLE gateways ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0 "
                               "CHECK (is_test IN (0, 1))"),
                QStringLiteral("ALTER TABLE callback_requests ADD COLUMN test INTEGER NOT NULL DEFAULT 0 "
                               "CHECK (test IN (0, 1))"),
                QStringLiteral("ALTER TABLE calls ADD COLUMN test INTEGER NOT NULL DEFAULT 0 "
                               "CHECK (test IN (0, 1))"),
            }};
}

// LGW pinning at admission (issue 17): a request keeps the gateway its leg A
// must use, so moving the DID to another gateway later does not move a
// callback already admitted. Older LGW requests get their DID's gateway.
static Migration version11()
{
    return {11,
            QStringLiteral("the gateway an LGW request is pinned to"),
            {
                QStringLiteral("ALTER TABLE callback_requests ADD COLUMN pinned_gateway_id INTEGER "
                               "REFERENCES gateways (id) ON DELETE SET NULL"),
                QStringLiteral("UPDATE callback_requests SET pinned_gateway_id = "
                               "(SELECT d.gateway_id FROM dids d WHERE d.id = callback_requests.did_id) "
                               "WHERE trigger = 'lgw'"),
            }};
}

// A call record is found by the request that opened it: when the IVR learns
// the destination (the live call shows it), and when the test phones show a
// request's call. Without this index each of those read every call ever made.
static Migration version12()
{
    return {12,
            QStringLiteral("calls by the request that opened them"),
            {
                QStringLiteral("CREATE INDEX calls_by_request ON calls (callback_request_id) "
                               "WHERE callback_request_id IS NOT NULL"),
            }};
}

QList<Migration> Schema::migrations()
{
    return {version1(), version2(), version3(), version4(),  version5(),  version6(),
            version7(), version8(), version9(), version10(), version11(), version12()};
}

int Schema::latestVersion()
{
    return migrations().last().version;
}

} // namespace rebound::store
