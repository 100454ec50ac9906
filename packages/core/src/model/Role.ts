import { z } from "zod";

/** The part an office plays in a task: lead (chủ trì), coordinating (phối hợp), focal point for reports (đầu mối). */
export const Role = z
  .enum(["lead", "coordinating", "focal-point"])
  .describe("Role: lead (chủ trì), coordinating (phối hợp), focal-point (đầu mối tổng hợp).");
export type Role = z.infer<typeof Role>;
