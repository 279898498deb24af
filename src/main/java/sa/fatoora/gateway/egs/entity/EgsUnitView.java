package sa.fatoora.gateway.egs.entity;

import java.time.Instant;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

public record EgsUnitView(
        Long id,
        String name,
        ZatcaEnvironment environment,
        String functionality,
        SellerData seller,
        String branch,
        String industry,
        String location,
        SolutionData solution,
        Instant createdAt) {

    public static EgsUnitView of(EgsUnit u) {
        return new EgsUnitView(
                u.getId(),
                u.getName(),
                u.getEnvironment(),
                u.getFunctionality().code(),
                u.seller(),
                u.getBranch(),
                u.getIndustry(),
                u.getLocation(),
                u.solution(),
                u.getCreatedAt());
    }
}
