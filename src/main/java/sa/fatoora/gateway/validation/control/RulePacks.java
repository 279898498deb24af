package sa.fatoora.gateway.validation.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.audit.control.AuditLog;
import sa.fatoora.gateway.audit.entity.AuditOutcome;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.validation.entity.RulePackActivation;
import sa.fatoora.gateway.validation.entity.RulePackFiles;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackLimits;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.RulePackView;
import sa.fatoora.gateway.validation.entity.StoredRulePack;

/**
 * Which rule pack validates documents, on every instance of one database alike.
 *
 * <p>The default is the configured SDK folder when there is a usable one, else the built-in pack. An administrator
 * can make another pack active (an uploaded SDK zip, or back to built-in or the folder): the switch is a row in the
 * database, and each instance follows the newest row within {@code fatoora.rule-packs.refresh-seconds}. A pack is
 * compiled before it is made active, so a switch never leaves an instance without rules; one that fails to compile
 * leaves the current pack in place.
 */
@ApplicationScoped
public class RulePacks implements ActiveRulePack {

    private static final Logger LOG = Logger.getLogger(RulePacks.class.getName());

    /** Compiled packs kept for switching back and forth; each is tens of MB of compiled stylesheets. */
    private static final int KEEP_COMPILED = 3;

    /** An upload's outcome: the pack, and whether it was new (false: the same pack was stored before). */
    public record Uploaded(RulePackView pack, boolean created) {}

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    RulesDirectory directory;

    @Inject
    ShadowCheck shadowCheck;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "fatoora.rule-packs.refresh-seconds", defaultValue = "15")
    long refreshSeconds;

    @Inject
    @ConfigProperty(name = "fatoora.rule-packs.max-upload-bytes", defaultValue = "209715200")
    long maxUploadBytes;

    private volatile Active active = new Active(null, "the rule pack is still being compiled (server starting)");
    private final Map<String, CompiledRulePack> compiled = new LinkedHashMap<>(4, 0.75f, true);
    private ScheduledFuture<?> refresher;
    private volatile boolean settled;
    private volatile String defaultId;

    /**
     * The pack to validate with now. Until the first pack of this instance is compiled (seconds after start), the
     * caller waits for it rather than get a report in which nothing ran.
     */
    @Override
    public Active active() {
        Active now = active;
        if (now.pack() == null && !settled) {
            refreshQuietly();
            return active;
        }
        return now;
    }

    /** The pack this instance validates with, as the admin API lists it. */
    public RulePackView activeView() {
        return list().stream()
                .filter(RulePackView::active)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no rule pack is active: " + active().reason()));
    }

    /** Compiles the active pack while the server starts (seconds), then follows switches made on any instance. */
    void start(@Observes Startup startup) {
        refresher = scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, refreshSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refresher != null) {
            refresher.cancel(false);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warning(() -> "rule pack refresh failed (" + Problems.category(e) + "); the current pack stays");
            synchronized (this) {
                if (active.pack() == null) {
                    fallBack("the database's choice", "it could not be read");
                }
            }
        } finally {
            settled = true;
        }
    }

    /** Makes the pack the database names active here too, if it is not already. */
    synchronized void refresh() {
        String wanted = latestActivation().orElseGet(this::defaultId);
        CompiledRulePack current = active.pack();
        if (current != null && current.info().id().equals(wanted)) {
            return;
        }
        try {
            use(compile(wanted));
        } catch (RulesUnavailableException | ResourceNotFoundException e) {
            String reason = e.getMessage();
            LOG.warning(() -> "rule pack " + wanted + " can't be used: " + reason);
            if (current == null) {
                fallBack(wanted, reason);
            }
        }
    }

    /** The first pack of an instance must come from somewhere: the built-in pack always compiles. */
    private void fallBack(String failed, String reason) {
        try {
            if (!failed.equals(BuiltInRulePack.ID)) {
                use(compile(BuiltInRulePack.ID));
                return;
            }
        } catch (RulesUnavailableException e) {
            reason = reason + "; built-in pack: " + e.getMessage();
        }
        active = new Active(null, "no rule pack can be used: " + reason);
    }

    private void use(CompiledRulePack pack) {
        RulePackInfo info = pack.info();
        if (active.pack() == null || !active.pack().info().equals(info)) {
            LOG.info(() -> "rule pack in use: " + info.id() + " (" + info.source() + " " + info.version() + ", sha256 "
                    + info.digest().substring(0, 12) + ")");
        }
        active = new Active(pack, null);
    }

    /** The configured folder if it can be read, else the built-in pack; decided once, at the first refresh. */
    private String defaultId() {
        String decided = defaultId;
        if (decided != null) {
            return decided;
        }
        decided = BuiltInRulePack.ID;
        if (directory.configured()) {
            try {
                directory.load();
                decided = RulesDirectory.ID;
            } catch (RulesUnavailableException e) {
                LOG.warning(() -> "configured rules directory not used: " + e.getMessage());
            }
        }
        defaultId = decided;
        return decided;
    }

    private Optional<String> latestActivation() {
        return tx.required(() -> em.createNamedQuery(RulePackActivation.LATEST, RulePackActivation.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(RulePackActivation::getPackId));
    }

    private synchronized CompiledRulePack compile(String id) throws RulesUnavailableException {
        CompiledRulePack known = compiled.get(id);
        if (known != null && !id.equals(RulesDirectory.ID)) {
            return known;
        }
        RulePackFiles files = files(id);
        RulePackInfo info = info(id, files);
        if (known != null && known.info().equals(info)) {
            return known;
        }
        CompiledRulePack pack = RulePackCompiler.compile(info, files, clock.instant());
        remember(pack);
        return pack;
    }

    private void remember(CompiledRulePack pack) {
        compiled.put(pack.info().id(), pack);
        while (compiled.size() > KEEP_COMPILED) {
            String eldest = compiled.keySet().iterator().next();
            compiled.remove(eldest);
        }
    }

    private RulePackFiles files(String id) throws RulesUnavailableException {
        return switch (id) {
            case BuiltInRulePack.ID -> BuiltInRulePack.files();
            case RulesDirectory.ID -> directory.load();
            default -> PackZip.read(stored(id).getContent());
        };
    }

    private RulePackInfo info(String id, RulePackFiles files) {
        return switch (id) {
            case BuiltInRulePack.ID -> BuiltInRulePack.info(files);
            case RulesDirectory.ID -> directory.info(files);
            default -> new RulePackInfo(id, RulePackSource.UPLOADED, stored(id).getVersion(), files.sha256());
        };
    }

    private StoredRulePack stored(String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException("rule pack", id).causedBy(e);
        }
        StoredRulePack pack = tx.required(() -> em.find(StoredRulePack.class, number));
        if (pack == null) {
            throw new ResourceNotFoundException("rule pack", id);
        }
        return pack;
    }

    /** Every pack there is: built-in, the configured folder (if any) and the uploaded ones, oldest first. */
    public List<RulePackView> list() {
        // active(), not the field: right after start the listing waits for the first pack like a validation does
        CompiledRulePack current = active().pack();
        String activeId = current == null ? null : current.info().id();
        List<RulePackView> views = new ArrayList<>();
        RulePackFiles builtIn = BuiltInRulePack.files();
        RulePackInfo builtInInfo = BuiltInRulePack.info(builtIn);
        views.add(view(builtInInfo, activeId, true, null, null, null));
        if (directory.configured()) {
            try {
                RulePackFiles files = directory.load();
                views.add(view(
                        directory.info(files),
                        activeId,
                        true,
                        null,
                        files.samples().size(),
                        null));
            } catch (RulesUnavailableException e) {
                views.add(new RulePackView(
                        RulesDirectory.ID,
                        RulePackSource.DIRECTORY,
                        directory.version,
                        null,
                        false,
                        false,
                        e.getMessage(),
                        null,
                        null));
            }
        }
        List<StoredRulePack> stored = tx.required(() ->
                em.createNamedQuery(StoredRulePack.LIST, StoredRulePack.class).getResultList());
        for (StoredRulePack pack : stored) {
            String id = pack.getId().toString();
            views.add(new RulePackView(
                    id,
                    RulePackSource.UPLOADED,
                    pack.getVersion(),
                    pack.getDigest(),
                    id.equals(activeId),
                    true,
                    null,
                    pack.getSampleCount(),
                    pack.getCreatedAt()));
        }
        return views;
    }

    private static RulePackView view(
            RulePackInfo info,
            String activeId,
            boolean available,
            String reason,
            Integer samples,
            java.time.Instant at) {
        return new RulePackView(
                info.id(),
                info.source(),
                info.version(),
                info.digest(),
                info.id().equals(activeId),
                available,
                reason,
                samples,
                at);
    }

    /**
     * Takes an SDK zip: keeps its rules, schemas and samples, compiles them, runs every sample through them, stores
     * the pack and (unless told not to) makes it active everywhere. Any refusal stores nothing and changes nothing.
     * The same pack uploaded again is not stored twice: the answer is the stored one.
     */
    public Uploaded upload(InputStream zip, String version, boolean activate) {
        RulePackFiles files = read(zip);
        String label = version == null || version.isBlank() ? "unknown" : version.strip();
        String digest = files.sha256();
        StoredRulePack existing = tx.required(() -> em.createNamedQuery(StoredRulePack.BY_DIGEST, StoredRulePack.class)
                .setParameter("digest", digest)
                .getResultStream()
                .findFirst()
                .orElse(null));
        boolean created = existing == null;
        if (created) {
            CompiledRulePack candidate = shadowCheck.compileAndTry(files, label);
            existing = tx.required(() -> {
                StoredRulePack pack = new StoredRulePack(
                        label, digest, files.samples().size(), clock.instant(), PackZip.write(files));
                em.persist(pack);
                em.flush();
                audit.record(
                        null,
                        null,
                        AuditType.subject("rule-pack", pack.getId()),
                        AuditType.RULE_PACK_UPLOADED,
                        AuditOutcome.SUCCEEDED,
                        "rule pack " + pack.getId() + " (" + label + ", sha256 " + digest + ", "
                                + files.samples().size() + " samples passed)");
                return pack;
            });
            synchronized (this) {
                remember(new CompiledRulePack(
                        new RulePackInfo(existing.getId().toString(), RulePackSource.UPLOADED, label, digest),
                        candidate.schema(),
                        candidate.en(),
                        candidate.ksa()));
            }
        }
        String id = existing.getId().toString();
        return new Uploaded(activate ? activate(id) : find(id), created);
    }

    private RulePackFiles read(InputStream zip) {
        RulePackLimits defaults = RulePackLimits.DEFAULTS;
        RulePackLimits limits = new RulePackLimits(
                maxUploadBytes,
                defaults.maxExpandedBytes(),
                defaults.maxFileBytes(),
                defaults.maxKeptBytes(),
                defaults.maxEntries(),
                defaults.maxRatio(),
                defaults.ratioFromBytes());
        try {
            return new RulePackArchive(limits).read(zip);
        } catch (IOException e) {
            throw new MalformedRequestException("The upload could not be read to its end").causedBy(e);
        }
    }

    /** Makes a pack active on every instance: here at once, elsewhere at their next refresh. */
    public RulePackView activate(String id) {
        CompiledRulePack pack;
        try {
            pack = compile(id);
        } catch (RulesUnavailableException e) {
            throw new RulePackSamplesFailedException("rule pack " + id + " can't be used: " + e.getMessage(), List.of())
                    .causedBy(e);
        }
        tx.required(() -> {
            em.persist(new RulePackActivation(id, clock.instant()));
            audit.record(
                    null,
                    null,
                    AuditType.subject("rule-pack", id),
                    AuditType.RULE_PACK_ACTIVATED,
                    AuditOutcome.SUCCEEDED,
                    "rule pack " + id + " (" + pack.info().source() + " "
                            + pack.info().version() + ", sha256 " + pack.info().digest() + ") made active");
        });
        synchronized (this) {
            use(pack);
        }
        return find(id);
    }

    public RulePackView find(String id) {
        return list().stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("rule pack", id));
    }
}
