package org.phaen.book;

/** The two books an education office publishes from its plans. */
public enum BookKind {
    /** The multi-year strategic (development) plan: แผนยุทธศาสตร์ / แผนพัฒนาการศึกษา. */
    STRATEGIC,
    /** One fiscal year's action plan: แผนปฏิบัติราชการประจำปี. */
    ACTION_PLAN
}
