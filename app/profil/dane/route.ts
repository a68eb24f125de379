import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { canEditProfile } from "@/lib/users/policy";
import { personalDataExport } from "@/lib/users/queries";

export const dynamic = "force-dynamic";

/** No parameters: the data is always the signed-in person's own. */
const query = z.object({}).strict();

/** The signed-in person's data as JSON to download (RODO art. 15 and 20). */
export async function GET(request: Request): Promise<Response> {
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) return new Response("Nieprawidłowy adres. / Invalid address.", { status: 400 });
  const actor = await getCurrentUser();
  if (!actor || !canEditProfile(actor, actor.id)) {
    return new Response("Zaloguj się, aby pobrać swoje dane. / Sign in to download your data.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const data = await personalDataExport(actor.id);
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="moje-dane-konsultacje.json"',
      "Cache-Control": "no-store",
    },
  });
}
