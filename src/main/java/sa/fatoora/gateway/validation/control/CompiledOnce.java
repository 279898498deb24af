package sa.fatoora.gateway.validation.control;

/**
 * Compiles rules on first use, exactly once, and remembers the outcome, failure included: rule files don't change
 * while the server runs, and recompiling a broken 300 KB stylesheet on every request would only burn CPU.
 */
final class CompiledOnce<T> {

    @FunctionalInterface
    interface Compiler<T> {
        T compile() throws RulesUnavailableException;
    }

    private final Compiler<T> compiler;
    private volatile T value;
    private volatile RulesUnavailableException failure;

    CompiledOnce(Compiler<T> compiler) {
        this.compiler = compiler;
    }

    T get() throws RulesUnavailableException {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (value == null && failure == null) {
                try {
                    value = compiler.compile();
                } catch (RulesUnavailableException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
