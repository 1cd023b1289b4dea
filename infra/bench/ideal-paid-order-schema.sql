-- The minimal schema the ideal paid order (ideal-paid-order.sql) writes into: what one paid order
-- must leave behind for Market to keep its promises (DESIGN 2.2 step 5: one atomic write keyed by
-- the Stripe event id), and nothing else. infra/bench.sh loads it into a fresh database of its own.
-- Keys and indexes are the ones the product cannot do without, because each one costs every write.

-- The Stripe event ids already handled: the primary key is the atomic claim that makes a
-- redelivered event change nothing.
CREATE TABLE stripe_events (
  event_id    text PRIMARY KEY,
  order_id    bigint NOT NULL,
  received_at timestamptz NOT NULL
);

-- The order in its final (paid) state, with the checkout session it was paid through.
CREATE TABLE orders (
  order_id     bigint PRIMARY KEY,
  buyer_id     bigint NOT NULL,
  work_id      bigint NOT NULL,
  tier         text NOT NULL,
  amount_minor bigint NOT NULL,
  currency     text NOT NULL,
  session_id   text NOT NULL,
  status       text NOT NULL,
  paid_at      timestamptz NOT NULL
);

-- The sale's ledger event; the idempotency key (the order) is unique, so a sale lands once.
CREATE TABLE ledger_events (
  transaction_id  bigint PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  kind            text NOT NULL,
  occurred_at     timestamptz NOT NULL
);

-- One row per posting. Balances are sums over (account, occurred_at) including the amount, as in
-- Market's ledger (src/Market.Store/Ledger/LedgerTables.cs): appends only insert, nothing updates
-- a balance row that every sale would lock.
CREATE TABLE ledger_postings (
  transaction_id bigint NOT NULL,
  idx            int NOT NULL,
  account        text NOT NULL,
  amount         bigint NOT NULL,
  occurred_at    timestamptz NOT NULL,
  PRIMARY KEY (transaction_id, idx)
);
CREATE INDEX ledger_postings_account ON ledger_postings (account, occurred_at) INCLUDE (amount);

-- The license the buyer receives, signed by the platform.
CREATE TABLE licenses (
  license_id text PRIMARY KEY,
  order_id   bigint NOT NULL,
  work_id    bigint NOT NULL,
  buyer_id   bigint NOT NULL,
  tier       text NOT NULL,
  issued_at  timestamptz NOT NULL,
  signature  text NOT NULL
);
