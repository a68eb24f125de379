import { getFormatter, getTranslations } from "next-intl/server";

type File = { format: string; sha256: string; size: number; generatedAt: Date };

/** Download links with each file's size, SHA-256 and time of generation. */
export async function ReportFiles({ reportId, files }: { reportId: string; files: readonly File[] }) {
  const t = await getTranslations("reports");
  const format = await getFormatter();
  return (
    <section aria-label={t("files")} className="mb-8 overflow-x-auto">
      <table className="border-collapse text-left" data-testid="report-files">
        <caption className="sr-only">{t("files")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {t("fileFormat")}
            </th>
            <th scope="col" className="p-2">
              {t("fileSize")}
            </th>
            <th scope="col" className="p-2">
              {t("fileHash")}
            </th>
            <th scope="col" className="p-2">
              {t("fileTime")}
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.format} className="border-b border-line align-top">
              <th scope="row" className="p-2">
                <a href={`/api/sprawozdania/${reportId}/${file.format.toLowerCase()}`} download>
                  {t("download", { format: file.format })}
                </a>
              </th>
              <td className="p-2">{t("kilobytes", { size: Math.max(1, Math.round(file.size / 1024)) })}</td>
              <td className="break-all p-2 font-mono text-sm">{file.sha256}</td>
              <td className="p-2">
                {format.dateTime(file.generatedAt, {
                  dateStyle: "long",
                  timeStyle: "medium",
                  timeZone: "Europe/Warsaw",
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
