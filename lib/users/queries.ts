import "server-only";
import { db } from "@/lib/db";

export async function getProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { showNamePublicly: true, clerkOf: { select: { unit: { select: { name: true } } } } },
  });
  return { showNamePublicly: user.showNamePublicly, units: user.clerkOf.map((c) => c.unit.name) };
}

export const USERS_PAGE_SIZE = 25;

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/** The administrators' list: search by e-mail or name, one page at a time. */
export async function searchUsers(q: string, page: number) {
  const where = q
    ? {
        OR: [
          { email: { contains: q, mode: "insensitive" as const } },
          { name: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ email: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, roles: true },
    }),
  ]);
  return { total, rows };
}

export async function getUserForAdmin(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      roles: true,
      createdAt: true,
      clerkOf: { select: { unit: { select: { name: true } } } },
      memberships: {
        where: { status: "ACTIVE" },
        select: { role: true, organization: { select: { id: true, name: true } } },
      },
      councilSeat: { select: { appointedBy: true } },
    },
  });
}

export async function findUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, roles: true } });
}
