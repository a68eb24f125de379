import { describe, expect, it } from "vitest";
import { settingDefaults } from "./defaults";
import { mergeSettings } from "./merge";

describe("city settings", () => {
  it("are the defaults when the table is empty", () => {
    expect(mergeSettings([])).toEqual({ settings: settingDefaults, rejected: [] });
  });

  it("take valid rows over the defaults and ignore unknown keys", () => {
    const { settings, rejected } = mergeSettings([
      { key: "minConsultationDays", value: 14 },
      { key: "cityName", value: "Miasto Testowe" },
      { key: "justificationRequiredByDefault", value: false },
      { key: "noSuchSetting", value: 3 },
    ]);
    expect(settings.minConsultationDays).toBe(14);
    expect(settings.cityName).toBe("Miasto Testowe");
    expect(settings.justificationRequiredByDefault).toBe(false);
    expect(settings).not.toHaveProperty("noSuchSetting");
    expect(rejected).toEqual([]);
  });

  it("keep the default for a value of the wrong type and report it", () => {
    const { settings, rejected } = mergeSettings([
      { key: "minConsultationDays", value: "seven" },
      { key: "councilOpinionDays", value: -1 },
      { key: "similarityThreshold", value: 0.8 },
    ]);
    expect(settings.minConsultationDays).toBe(settingDefaults.minConsultationDays);
    expect(settings.councilOpinionDays).toBe(settingDefaults.councilOpinionDays);
    expect(settings.similarityThreshold).toBe(0.8);
    expect(rejected).toEqual(["minConsultationDays", "councilOpinionDays"]);
  });
});
