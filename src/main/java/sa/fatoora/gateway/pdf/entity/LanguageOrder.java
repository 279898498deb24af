package sa.fatoora.gateway.pdf.entity;

/**
 * Which language leads: its title is the large one, its line comes first in headings, and the page runs in its
 * direction (ARABIC_FIRST: seller block on the right, the lines table from right to left).
 */
public enum LanguageOrder {
    ENGLISH_FIRST,
    ARABIC_FIRST
}
