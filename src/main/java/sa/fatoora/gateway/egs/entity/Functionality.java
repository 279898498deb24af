package sa.fatoora.gateway.egs.entity;

import java.util.Arrays;
import java.util.Optional;

/** The CSR's {@code title}: which document subtypes the unit issues (standard, simplified or both). */
public enum Functionality {
    STANDARD("1000"),
    SIMPLIFIED("0100"),
    BOTH("1100");

    private final String code;

    Functionality(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean issuesStandard() {
        return this != SIMPLIFIED;
    }

    public boolean issuesSimplified() {
        return this != STANDARD;
    }

    public static Optional<Functionality> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
