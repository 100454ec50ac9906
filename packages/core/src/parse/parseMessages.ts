import type { MessageCatalogue } from "../messages/MessageCatalogue";

/**
 * Messages for every failure code the phrase parsers return, in English and
 * Vietnamese (thông báo lỗi), keyed by the stable code: a message catalogue
 * (`formatMessage`). Parsers put the English text in `ParseFailure.message`;
 * a user interface picks the language it needs from here.
 *
 * @example
 * parseFailureMessages["date.invalid-day"].vi // "Ngày không tồn tại trong tháng đó."
 */
export const parseFailureMessages = {
  "date.empty": {
    en: "There is no text to read as a date.",
    vi: "Không có nội dung để đọc thành ngày tháng.",
  },
  "date.not-a-date": {
    en: "No date was found in the text.",
    vi: "Không tìm thấy ngày tháng trong văn bản.",
  },
  "date.invalid-day": {
    en: "The day does not exist in that month.",
    vi: "Ngày không tồn tại trong tháng đó.",
  },
  "date.invalid-month": {
    en: "The month must be between 1 and 12.",
    vi: "Tháng phải từ 1 đến 12.",
  },
  "date.invalid-year": {
    en: "The year is outside 1945–2100.",
    vi: "Năm nằm ngoài khoảng 1945–2100.",
  },
  "date.internal-error": {
    en: "The date could not be read because of an internal error.",
    vi: "Không đọc được ngày tháng do lỗi nội bộ.",
  },

  "timeframe.empty": {
    en: "There is no text to read as a timeframe.",
    vi: "Không có nội dung để đọc thành thời gian thực hiện.",
  },
  "timeframe.unrecognised": {
    en: "The text is not a timeframe phrase this parser knows.",
    vi: "Không nhận ra cụm từ chỉ thời gian thực hiện.",
  },
  "timeframe.is-a-frequency": {
    en: "The text is a frequency (how often), not a timeframe (when).",
    vi: "Đây là tần suất (bao lâu một lần), không phải thời gian thực hiện.",
  },
  "timeframe.invalid-quarter": {
    en: "A quarter must be I, II, III or IV.",
    vi: "Quý phải là I, II, III hoặc IV.",
  },
  "timeframe.invalid-month": {
    en: "A month must be between 1 and 12.",
    vi: "Tháng phải từ 1 đến 12.",
  },
  "timeframe.invalid-date": {
    en: "A date in the timeframe does not exist.",
    vi: "Ngày tháng trong thời gian thực hiện không tồn tại.",
  },
  "timeframe.invalid-year": {
    en: "The year is outside 1945–2100.",
    vi: "Năm nằm ngoài khoảng 1945–2100.",
  },
  "timeframe.invalid-range": {
    en: "The range ends before it starts.",
    vi: "Khoảng thời gian kết thúc trước khi bắt đầu.",
  },
  "timeframe.missing-year": {
    en: "The timeframe names no year and none was given in the options.",
    vi: "Thời gian thực hiện không nêu năm và không có năm mặc định.",
  },
  "timeframe.internal-error": {
    en: "The timeframe could not be read because of an internal error.",
    vi: "Không đọc được thời gian thực hiện do lỗi nội bộ.",
  },

  "frequency.empty": {
    en: "There is no text to read as a frequency.",
    vi: "Không có nội dung để đọc thành tần suất.",
  },
  "frequency.unrecognised": {
    en: "The text is not a frequency or quota phrase this parser knows.",
    vi: "Không nhận ra cụm từ chỉ tần suất hoặc chỉ tiêu.",
  },
  "frequency.no-count": {
    en: "The phrase names what is counted but not how many.",
    vi: "Cụm từ nêu sản phẩm nhưng không nêu số lượng.",
  },
  "frequency.no-period": {
    en: "The phrase gives a count but not the period it is counted per.",
    vi: "Cụm từ nêu số lượng nhưng không nêu theo kỳ nào (tuần, tháng, quý, năm).",
  },
  "frequency.invalid-count": {
    en: "A frequency needs a count from 1 to 999 (a quota from 0 to 999).",
    vi: "Tần suất phải có số lần từ 1 đến 999 (chỉ tiêu từ 0 đến 999).",
  },
  "frequency.invalid-interval": {
    en: "The interval between occurrences must be from 1 to 99 (2 tuần/1 lần: every 2 weeks).",
    vi: "Khoảng cách giữa hai lần phải từ 1 đến 99 (2 tuần/1 lần: 2 tuần một lần).",
  },
  "frequency.is-a-timeframe": {
    en: "The text is a timeframe (when), not a frequency (how often).",
    vi: "Đây là thời gian thực hiện, không phải tần suất.",
  },
  "frequency.internal-error": {
    en: "The frequency could not be read because of an internal error.",
    vi: "Không đọc được tần suất do lỗi nội bộ.",
  },

  "reporting-cadence.empty": {
    en: "There is no text to read as a reporting cadence.",
    vi: "Không có nội dung để đọc thành chế độ báo cáo.",
  },
  "reporting-cadence.none-found": {
    en: "No reporting cadence was found in the text.",
    vi: "Không tìm thấy kỳ báo cáo trong văn bản.",
  },
  "reporting-cadence.internal-error": {
    en: "The reporting cadence could not be read because of an internal error.",
    vi: "Không đọc được chế độ báo cáo do lỗi nội bộ.",
  },

  "legal-reference.empty": {
    en: "There is no text to read for cited documents.",
    vi: "Không có nội dung để tìm văn bản được viện dẫn.",
  },
  "legal-reference.none-found": {
    en: "No cited document (a type such as Kế hoạch, then số and a number) was found.",
    vi: "Không tìm thấy văn bản được viện dẫn (loại văn bản, số và ký hiệu).",
  },
  "legal-reference.no-type": {
    en: "A document number is given without the document's type (Kế hoạch, Quyết định …).",
    vi: "Có số văn bản nhưng không nêu loại văn bản (Kế hoạch, Quyết định …).",
  },
  "legal-reference.invalid-date": {
    en: "The date of a cited document does not exist.",
    vi: "Ngày ban hành của văn bản được viện dẫn không tồn tại.",
  },
  "legal-reference.internal-error": {
    en: "The cited documents could not be read because of an internal error.",
    vi: "Không đọc được văn bản được viện dẫn do lỗi nội bộ.",
  },

  "unit-name.empty": {
    en: "There is no text to read as a unit name.",
    vi: "Không có nội dung để đọc thành tên đơn vị hành chính.",
  },
  "unit-name.no-kind-word": {
    en: "The name does not start with a unit kind word (xã, phường, huyện, tỉnh …).",
    vi: "Tên không bắt đầu bằng loại đơn vị hành chính (xã, phường, huyện, tỉnh …).",
  },
  "unit-name.no-name": {
    en: "A unit kind word is not followed by a name.",
    vi: "Sau loại đơn vị hành chính không có tên.",
  },
  "unit-name.internal-error": {
    en: "The unit name could not be read because of an internal error.",
    vi: "Không đọc được tên đơn vị hành chính do lỗi nội bộ.",
  },
} as const satisfies MessageCatalogue;

/** A failure code any phrase parser can return: a key of {@link parseFailureMessages}. */
export type ParseFailureCode = keyof typeof parseFailureMessages;
