-- The ideal paid order, as a pgbench custom script: the least one paid order must write, in one
-- transaction, for a 20-party split (17 contributors, the creator, the model owner, the platform,
-- plus the pool's floor account: 21 split lines, as the orders benchmark's sale has). Schema:
-- ideal-paid-order-schema.sql. infra/bench.sh runs it with the TPC-B reference's clients and
-- duration; orders_vs_ideal compares Market's paid orders/s with it.

-- Random ids, so concurrent clients never collide on a key (odds of a repeat in 10^18 are nil at
-- these counts); buyers and works from a catalog-sized range.
\set order_id random(1, 1000000000000000000)
\set event_id random(1, 1000000000000000000)
\set buyer_id random(1, 100000)
\set work_id random(1, 10000)

-- One transaction: the order is paid, on the ledger and licensed, or none of it (DESIGN 2.2 step 5).
BEGIN;

-- Claim the Stripe event first: a redelivery stops here, on the primary key, before writing anything.
INSERT INTO stripe_events (event_id, order_id, received_at)
VALUES ('evt_' || :event_id, :order_id, now());

-- The order row in its paid state ($20.00, the benchmark's price).
INSERT INTO orders (order_id, buyer_id, work_id, tier, amount_minor, currency, session_id, status, paid_at)
VALUES (:order_id, :buyer_id, :work_id, 'personal', 2000, 'usd', 'cs_' || :order_id, 'paid', now());

-- The sale's ledger event, keyed by the order so the sale lands once.
INSERT INTO ledger_events (transaction_id, idempotency_key, kind, occurred_at)
VALUES (:order_id, 'sale:' || :order_id, 'sale', now());

-- Its postings in one statement, as Market's sale posts them (LedgerTransactions.Sale), in micros:
-- the charge into the platform's cash, Stripe's fee out of it, and the 21 split lines of a 20-party
-- split crediting the net (platform commission, the pool's floor, 19 parties: creator, owner and
-- 17 contributors): 23 rows.
INSERT INTO ledger_postings (transaction_id, idx, account, amount, occurred_at)
SELECT :order_id, i,
       CASE i WHEN 0 THEN 'platform:cash' WHEN 1 THEN 'platform:cash' WHEN 2 THEN 'platform:revenue'
              WHEN 3 THEN 'pool:' || :work_id ELSE 'party:' || ((:work_id * 31 + i) % 100000) || ':pending' END,
       CASE i WHEN 0 THEN 20000000 WHEN 1 THEN -880000 WHEN 2 THEN 1120000 ELSE 900000 END,
       now()
FROM generate_series(0, 22) AS i;

-- The license, with a signature the size of an ES256 one (64 bytes, base64url).
INSERT INTO licenses (license_id, order_id, work_id, buyer_id, tier, issued_at, signature)
VALUES ('lic_' || :order_id, :order_id, :work_id, :buyer_id, 'personal', now(), repeat('s', 86));

END;
