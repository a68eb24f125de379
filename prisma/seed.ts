// `prisma db seed` (prisma.config.ts): loads the demo data into an empty database.
import { db } from "@/lib/db";
import { seedIfEmpty } from "./seed-data/run";

seedIfEmpty()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
