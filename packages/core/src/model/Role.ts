import { z } from "zod";

/**
 * The part an office plays in a task: lead (chủ trì), coordinating (phối
 * hợp), focal point for reports (đầu mối), or requested (đề nghị): a body
 * outside the issuer's authority asked to take part ("Đề nghị Ủy ban MTTQ
 * và các đoàn thể…", 002:139, 003 VI.9), which the plan cannot direct.
 */
export const Role = z
  .enum(["lead", "coordinating", "focal-point", "requested"])
  .describe(
    "Role: lead (chủ trì), coordinating (phối hợp), focal-point (đầu mối tổng hợp), requested (đề nghị: a body outside the issuer's authority asked to take part).",
  );
export type Role = z.infer<typeof Role>;
