package sa.fatoora.gateway.validation.control;

import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * One step of validation. Implementations are CDI beans (usually {@code @ApplicationScoped}) anywhere in the
 * application; {@link ValidationService} finds them all and runs them in {@link Stage} order.
 *
 * <p>Contract: {@link #run} is called concurrently for different documents, so implementations must be
 * thread-safe. A stage that cannot check anything (rules missing, not configured) answers
 * {@link StageResult#notRun} with a reason, never a pass. Findings about the document are returned, not thrown.
 */
public interface ValidationStage {

    Stage stage();

    StageResult run(ValidationContext context);
}
