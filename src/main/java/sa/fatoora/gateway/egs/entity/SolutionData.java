package sa.fatoora.gateway.egs.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The CSR's serial triple {@code 1-<solution>|2-<model>|3-<serial>}. */
public record SolutionData(
        @NotBlank @Pattern(regexp = "[^|]{1,100}", message = "1-100 characters, no '|'") String name,
        @NotBlank @Pattern(regexp = "[^|]{1,100}", message = "1-100 characters, no '|'") String model,
        @NotBlank @Pattern(regexp = "[^|]{1,100}", message = "1-100 characters, no '|'") String serial) {

    public String csrSerialNumber() {
        return "1-" + name + "|2-" + model + "|3-" + serial;
    }
}
