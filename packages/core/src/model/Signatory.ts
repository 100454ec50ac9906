import { z } from "zod";
import { LineRange } from "./LineRange";
import { NotStated } from "./NotStated";

/** Who signed: "CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
export const Signatory = z
  .object({
    name: z.union([z.string().min(1), NotStated]).describe("Name of the signer."),
    title: z.string().min(1).describe("The signer's own title (CHỦ TỊCH, PHÓ CHỦ TỊCH)."),
    form: z
      .enum(["direct", "KT", "TM"])
      .describe(
        "direct: signs in own name; KT (ký thay): a deputy signs for the head; TM (thay mặt): on behalf of the body.",
      ),
    signsFor: z
      .string()
      .optional()
      .describe("For KT and TM: whom the signature is for (CHỦ TỊCH; ỦY BAN NHÂN DÂN XÃ)."),
    raw: z.string().min(1).optional(),
    lines: LineRange.optional(),
  })
  .describe("The signature block.");
export type Signatory = z.infer<typeof Signatory>;

/** An addressee under "Nơi nhận". */
export const Recipient = z
  .object({
    name: z.string().min(1).describe("As written."),
    purpose: z.string().min(1).optional().describe("The note in brackets (b/c, để t/h)."),
    lines: LineRange.optional(),
  })
  .describe("A recipient listed under Nơi nhận.");
export type Recipient = z.infer<typeof Recipient>;
