/**
 * The plan book: a strategic plan or a fiscal year's action plan written as a Thai government book, built from the
 * model as a {@link org.phaen.documents.flow.FlowDocument} that the DOCX, PDF and HTML renderers of
 * {@code org.phaen.documents} write.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.book.PlanBooks} (the book of a plan for {@link org.phaen.book.BookOptions});
 * {@link org.phaen.book.BookText} (the book's wording, names, digits, amounts and B.E. dates) and
 * {@link org.phaen.book.Outline} (numbered parts, chapters and tables) for the parts that write a book.
 * <p>
 * <b>Contract:</b> the book is a function of the model and the options: nothing is read from the clock or the machine,
 * so the same plan gives the same tree and the same files. Every strategic issue, goal, indicator, strategy, project
 * and budget line shown carries its UUID as the anchor of the block or row that first shows it. Fixed wording comes from
 * {@code book_th.properties} and {@code book_en.properties}; a Thai book writes Thai digits unless told otherwise.
 * <p>
 * <b>Threads:</b> a book is built on the thread that owns the plans' resource set; the result is immutable.
 */
package org.phaen.book;
