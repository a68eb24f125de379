import { stringify } from "csv-stringify/sync";
import { getCurrentUser } from "@/lib/auth/session";
import { neutraliseCsvCell } from "@/lib/reports/formats/csv";
import { canSeeStatistics } from "@/lib/reports/policy";
import { statisticsYear } from "@/lib/reports/schema";
import { consultationFigures } from "@/lib/reports/statistics";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "Konsultacje",
  "Komórka odpowiedzialna",
  "Od",
  "Do",
  "Uwagi",
  "Organizacje",
  "Uwzględnione",
  "Częściowo uwzględnione",
  "Nieuwzględnione",
  "Wyjaśnione",
  "Bez stanowiska",
];

/** The year's figures per consultation as CSV (UTF-8 with BOM, formula-safe), for CWOP. */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!canSeeStatistics(actor)) return new Response("Brak dostępu", { status: 403 });
  const currentYear = Number(warsawDate(now()).slice(0, 4));
  const year = statisticsYear(currentYear).safeParse(new URL(request.url).searchParams.get("rok"));
  if (!year.success) return new Response("Nieprawidłowy rok", { status: 400 });
  const rows = await consultationFigures(year.data);
  const csv = stringify(
    rows.map((r) =>
      [
        r.title,
        r.ownerUnit,
        warsawDate(r.startDate),
        warsawDate(r.endDate),
        r.comments,
        r.organisations,
        r.accepted,
        r.partlyAccepted,
        r.rejected,
        r.explained,
        r.unanswered,
      ].map((cell) => (typeof cell === "string" ? neutraliseCsvCell(cell) : cell)),
    ),
    { bom: true, header: true, columns: COLUMNS, record_delimiter: "windows" },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="statystyki-konsultacji-${year.data}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
