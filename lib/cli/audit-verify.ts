// `npm run audit:verify`: checks the SHA-256 chain of the audit log and names the
// first broken link. Needs DATABASE_URL (the same database the app uses).
import { verifyAuditLog } from "@/lib/audit/log";
import { db } from "@/lib/db";

async function main(): Promise<number> {
  const result = await verifyAuditLog();
  if (result.ok) {
    console.log(`✓ Audit log intact: ${result.count} events, every link verified.`);
    return 0;
  }
  console.error(
    `✗ Audit log broken at event #${result.brokenAt}: ${result.reason} (${result.count} events before it are intact).`,
  );
  return 1;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(2);
  });
