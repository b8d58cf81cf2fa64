// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.allstar.chain.Amounts;
import org.allstar.chain.MeshContracts;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.TextHash;
import org.allstar.cli.chain.ChainCommands.Command;
import org.allstar.cli.chain.ChainCommands.ModelSource;
import org.allstar.market.Catalogue;
import org.allstar.market.Descriptions;
import org.allstar.market.ReputationAuditor;
import org.allstar.market.ServiceQuery;
import org.allstar.model.Provider;

/** allstar market register|publish|availability|withdraw|feedback|list|find. */
final class MarketActions {
    private MarketActions() {
    }

    static Command command(String sub, ModelSource models) {
        return switch (sub) {
            case "register" -> Command.of(MarketActions::register, "roles", "name");
            case "publish" -> Command.of(MarketActions::publish, "description", "endpoint", "price", "availability", "uri");
            case "availability" -> Command.of(MarketActions::availability);
            case "withdraw" -> Command.of(MarketActions::withdraw);
            case "feedback" -> Command.of(MarketActions::feedback, "evidence");
            case "list" -> Command.of(MarketActions::list);
            case "find" -> Command.of((a, s, o, e) -> find(a, s, o, e, models), "kind", "region", "accelerator", "max-price",
                    "min-availability", "min-reputation");
            default -> null;
        };
    }

    static MeshContracts mesh(ChainSession session) {
        return session.workspace().mesh();
    }

    private static int register(Args args, ChainSession session, PrintStream out, PrintStream err) {
        int roles = MeshContracts.roles(args.required("roles"));
        var account = session.account();
        var receipt = mesh(session).register(account, roles, args.required("name"));
        out.println("registered " + args.required("name") + " (" + account.address() + "), " + ChainCommands.sent(receipt));
        return 0;
    }

    private static int publish(Args args, ChainSession session, PrintStream out, PrintStream err) throws Exception {
        String name = args.positional(0, "SERVICE");
        BigInteger price = Amounts.wei(args.required("price"));
        int availability = Amounts.basisPoints(args.required("availability"));
        Path description = Path.of(args.required("description")).toAbsolutePath();
        var receipt = Descriptions.publish(mesh(session), session.account(), name, description, args.get("uri"), args.required("endpoint"),
                price, availability);
        out.println("published " + name + " (description " + TextHash.hex(Descriptions.hash(description)) + "), "
                + ChainCommands.sent(receipt));
        return 0;
    }

    private static int availability(Args args, ChainSession session, PrintStream out, PrintStream err) {
        String name = args.positional(0, "SERVICE");
        int bps = Amounts.basisPoints(args.positional(1, "PERCENT"));
        mesh(session).updateAvailability(session.account(), name, bps);
        out.println(name + ": availability " + bps / 100.0 + " %");
        return 0;
    }

    private static int withdraw(Args args, ChainSession session, PrintStream out, PrintStream err) {
        String name = args.positional(0, "SERVICE");
        mesh(session).withdraw(session.account(), name);
        out.println(name + ": withdrawn from the catalogue");
        return 0;
    }

    private static int feedback(Args args, ChainSession session, PrintStream out, PrintStream err) throws Exception {
        String name = args.positional(0, "SERVICE");
        int rating = Integer.parseInt(args.positional(1, "RATING (1 to 5)"));
        byte[] evidence = args.has("evidence") ? TextHash.of(Files.readString(Path.of(args.get("evidence")))) : new byte[32];
        mesh(session).feedback(session.account(), name, rating, evidence);
        out.println(name + ": rated " + rating);
        return 0;
    }

    private static int list(Args args, ChainSession session, PrintStream out, PrintStream err) {
        Catalogue catalogue = Catalogue.of(mesh(session).history());
        for (Catalogue.Participant p : catalogue.participants()) {
            out.println("participant " + p.name() + " " + p.address() + " roles " + MeshContracts.roleNames(p.roles()));
        }
        for (Catalogue.Service s : catalogue.services()) {
            out.println("service " + s.name() + " by " + name(catalogue, s.provider()) + " " + Amounts.ether(s.priceWei())
                    + " availability " + s.availabilityBps() / 100.0 + " % endpoint " + s.endpoint() + (s.active() ? "" : " (withdrawn)"));
        }
        return 0;
    }

    private static int find(Args args, ChainSession session, PrintStream out, PrintStream err, ModelSource models) {
        ServiceQuery query = new ServiceQuery(args.get("kind"), args.get("region"), args.get("accelerator"),
                args.has("max-price") ? Amounts.wei(args.get("max-price")) : null,
                args.has("min-availability") ? Amounts.basisPoints(args.get("min-availability")) : null,
                args.has("min-reputation") ? Double.valueOf(args.get("min-reputation")) : null);
        Catalogue catalogue = Catalogue.of(session.workspace().mesh().history());
        List<SlaContracts.Settlement> settlements = session.workspace().slas().settlements();
        ReputationAuditor auditor = ReputationAuditor.standard();
        long now = session.workspace().chain().now();
        Map<String, Optional<Provider>> described = new HashMap<>();
        ServiceQuery.Result result = query.run(catalogue,
                s -> described.computeIfAbsent(s.id(), id -> describe(s, models)),
                p -> auditor.score(p, settlements, catalogue.feedback(), now));
        for (ServiceQuery.Match m : result.matches()) {
            out.printf(Locale.ROOT, "%s by %s: %s, availability %.2f %%, reputation %.3f, endpoint %s%n", m.service().name(),
                    name(catalogue, m.service().provider()), Amounts.ether(m.service().priceWei()),
                    m.service().availabilityBps() / 100.0, m.reputation().value(), m.service().endpoint());
        }
        for (ServiceQuery.Miss miss : result.misses()) {
            err.println("not " + miss.service().name() + ": " + miss.reason());
        }
        if (result.matches().isEmpty()) out.println("no service matches");
        return result.matches().isEmpty() ? 1 : 0;
    }

    /** The provider described by a service: its file, if it still has the published hash, loaded. */
    static Optional<Provider> describe(Catalogue.Service service, ModelSource models) {
        return Descriptions.unchangedFile(service).flatMap(file -> models.load(List.of(file.toString())).models().stream()
                .flatMap(m -> m.getElements().stream()).filter(Provider.class::isInstance).map(Provider.class::cast)
                .filter(p -> service.provider().equalsIgnoreCase(p.getWallet())).findFirst());
    }

    static String name(Catalogue catalogue, String address) {
        return catalogue.participant(address).map(Catalogue.Participant::name).orElse(address);
    }
}
