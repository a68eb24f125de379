-- rate-limiter-flexible's PostgreSQL store keeps the end of each window as epoch milliseconds
-- and counts a request in one upsert (its Prisma store deleted the expired row first: two).
ALTER TABLE "rate_limits" ALTER COLUMN "expire" TYPE BIGINT USING (EXTRACT(EPOCH FROM "expire") * 1000)::BIGINT;
