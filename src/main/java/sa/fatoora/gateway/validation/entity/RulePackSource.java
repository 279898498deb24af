package sa.fatoora.gateway.validation.entity;

/** Where a rule pack came from. */
public enum RulePackSource {
    /** Unpacked from Maven Central into the WAR at build time: always there, never the newest. */
    BUILT_IN,
    /** An unpacked ZATCA SDK {@code Data} folder named by configuration ({@code zatca.sdk.data.dir}). */
    DIRECTORY,
    /** A ZATCA SDK zip uploaded through the admin API and stored in the database. */
    UPLOADED
}
