import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixtures } from "@/lib/jobs/testing/fixtures";
import { councilFollowers } from "@/lib/notifications/recipients";
import { setClockForTests } from "@/lib/time/clock";
import { loadActor } from "./session";

const f = fixtures("seat-term");

afterEach(() => setClockForTests(null));
afterAll(() => db.$disconnect());

describe("a Council member whose term has ended", () => {
  it("keeps the role but loses the Council's rights and its e-mails; during the term has both", async () => {
    const member = await f.councilMember(); // term 2001–2004
    setClockForTests(() => new Date("2003-03-01T10:00:00Z"));
    expect((await loadActor(member.id))?.council).toEqual({ isSecretary: false });
    expect((await councilFollowers()).map((m) => m.subscriber.id)).toContain(member.id);

    setClockForTests(() => new Date("2005-01-01T10:00:00Z"));
    const after = await loadActor(member.id);
    expect(after?.roles).toContain("COUNCIL_MEMBER");
    expect(after?.council).toBeNull();
    expect((await councilFollowers()).map((m) => m.subscriber.id)).not.toContain(member.id);
  });
});
