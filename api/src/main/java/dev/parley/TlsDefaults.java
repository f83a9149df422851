package dev.parley;

import dev.parley.x509.trust.TrustStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Process-wide settings that every {@link TlsConfig} starts from, and a last word on every config
 * built: IO::Socket::SSL's {@code set_defaults}, {@code set_client_defaults},
 * {@code set_server_defaults}, {@code set_args_filter_hack} and {@code set_default_session_cache}.
 *
 * <p>Order of application, for every builder: Parley's secure defaults, then the
 * {@linkplain #setDefaults defaults} and the side's defaults in the order they were set, then the
 * program's own options, and at {@code build()} the {@linkplain #setArgsFilter args filter}, which
 * may override anything (for instance to switch verification back on in a library that turned it
 * off). Defaults apply to configs created after they are set; a built config never changes.
 *
 * <p>This is the only mutable state of the public face and exists because the issue asks for
 * IO::Socket::SSL's globals; every method is thread-safe.
 */
public final class TlsDefaults {

    /** Rewrites the options of every config at {@code build()} time ({@code set_args_filter_hack}). */
    @FunctionalInterface
    public interface ArgsFilter {

        /** Adjusts {@code options}, which belong to a config of {@code side} about to be built. */
        void filter(TlsConfig.Side side, TlsConfigBuilder options);
    }

    /** IO::Socket::SSL's {@code set_args_filter_hack('use_defaults')}: the defaults win over the program's options. */
    public static final ArgsFilter USE_DEFAULTS = TlsDefaults::applyDefaults;

    private static final List<Consumer<TlsConfigBuilder>> BOTH = new ArrayList<>();
    private static final List<Consumer<TlsConfigBuilder>> CLIENT = new ArrayList<>();
    private static final List<Consumer<TlsConfigBuilder>> SERVER = new ArrayList<>();
    private static ArgsFilter filter;
    private static SessionCache sessionCache;
    private static TrustStore defaultCa;
    private static long generation;

    private TlsDefaults() {
    }

    /** Adds defaults for clients and servers ({@code set_defaults}); later calls win over earlier ones. */
    public static synchronized void setDefaults(Consumer<TlsConfigBuilder> defaults) {
        BOTH.add(Objects.requireNonNull(defaults, "defaults"));
        generation++;
    }

    /** Adds defaults for clients only ({@code set_client_defaults}). */
    public static synchronized void setClientDefaults(Consumer<TlsConfigBuilder> defaults) {
        CLIENT.add(Objects.requireNonNull(defaults, "defaults"));
        generation++;
    }

    /** Adds defaults for servers only ({@code set_server_defaults}). */
    public static synchronized void setServerDefaults(Consumer<TlsConfigBuilder> defaults) {
        SERVER.add(Objects.requireNonNull(defaults, "defaults"));
        generation++;
    }

    /** Sets the filter every config passes at {@code build()} ({@code set_args_filter_hack}); replaces the previous one. */
    public static synchronized void setArgsFilter(ArgsFilter argsFilter) {
        filter = Objects.requireNonNull(argsFilter, "argsFilter");
        generation++;
    }

    /**
     * Sets the session cache clients use when their config names none
     * ({@code set_default_session_cache}).
     */
    public static synchronized void setDefaultSessionCache(SessionCache cache) {
        sessionCache = Objects.requireNonNull(cache, "cache");
        generation++;
    }

    /**
     * Sets the CA store configs trust when they name none ({@code default_ca} with arguments),
     * instead of the system's: PEM bundles and certificate directories.
     *
     * @throws ParleyException ({@link ErrorCode#CONFIGURATION}) if a file is no PEM bundle
     */
    public static void setDefaultCa(Path... filesOrDirectories) throws IOException {
        TrustSource source = TrustSource.DEFAULT;
        for (Path location : filesOrDirectories) {
            source = Files.isDirectory(location) ? source.withDirectories(List.of(location)) : source.withFile(location);
        }
        TrustStore store = source.load();
        synchronized (TlsDefaults.class) {
            defaultCa = store;
            generation++;
        }
    }

    /** The default CA store: set with {@link #setDefaultCa}, else the system's, read once ({@code default_ca}). */
    public static TrustStore defaultCa() throws IOException {
        return TrustSource.defaultStore();
    }

    /** Forgets every default, the filter and the default session cache. */
    public static synchronized void reset() {
        BOTH.clear();
        CLIENT.clear();
        SERVER.clear();
        filter = null;
        sessionCache = null;
        defaultCa = null;
        generation++;
    }

    /** Applies the defaults for {@code side} to {@code builder}. */
    static void applyDefaults(TlsConfig.Side side, TlsConfigBuilder builder) {
        List<Consumer<TlsConfigBuilder>> defaults;
        synchronized (TlsDefaults.class) {
            defaults = new ArrayList<>(BOTH);
            defaults.addAll(side == TlsConfig.Side.CLIENT ? CLIENT : SERVER);
        }
        defaults.forEach(d -> d.accept(builder));
    }

    /** Runs the args filter, if one is set, over {@code builder}. */
    static void applyFilter(TlsConfig.Side side, TlsConfigBuilder builder) {
        ArgsFilter current;
        synchronized (TlsDefaults.class) {
            current = filter;
        }
        if (current != null) {
            current.filter(side, builder);
        }
    }

    /** The CA store set with {@link #setDefaultCa}, if one was. */
    static synchronized Optional<TrustStore> configuredDefaultCa() {
        return Optional.ofNullable(defaultCa);
    }

    /** The default session cache, if one was set. */
    static synchronized Optional<SessionCache> defaultSessionCache() {
        return Optional.ofNullable(sessionCache);
    }

    /** Changes whenever a default changes, so cached default configs know to rebuild. */
    static synchronized long generation() {
        return generation;
    }
}
