import "server-only";
import { QUEUES, runningJobQueue } from "@/lib/jobs/boss";

/**
 * Hands the announcement of a just-published consultation to its job, on the queue this
 * app server runs. Never fails the publication: if the job cannot be queued now (or this
 * process runs no queue, e.g. a script), the scan job finds the consultation unannounced
 * and sends it within minutes.
 */
export async function enqueueAnnouncement(consultationId: string): Promise<void> {
  const running = runningJobQueue();
  if (!running) return;
  try {
    await (await running).send(QUEUES.announce, { consultationId });
  } catch (error) {
    console.error(`announcement of ${consultationId} not queued now; the scan job will send it`, error);
  }
}
