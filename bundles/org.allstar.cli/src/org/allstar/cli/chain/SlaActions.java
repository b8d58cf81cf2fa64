// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

import org.allstar.chain.Amounts;
import org.allstar.chain.Account;
import org.allstar.chain.AgreementState;
import org.allstar.chain.ChainException;
import org.allstar.chain.SlaContracts;
import org.allstar.chain.SlaTerms;
import org.allstar.chain.TextHash;
import org.allstar.cli.chain.ChainCommands.Command;
import org.allstar.cli.chain.ChainCommands.ModelSource;
import org.allstar.lang.load.SourceText;
import org.allstar.market.SlaOffer;
import org.allstar.model.Provider;
import org.allstar.model.Sla;

/** allstar sla consent|propose|sign|fund|show|settle|withdraw|cancel|report. */
final class SlaActions {
    private SlaActions() {
    }

    static Command command(String sub, ModelSource models) {
        String[] termsOptions = {"provider", "eur-per-eth", "sign-window", "reveal-window", "consent"};
        return switch (sub) {
            case "consent" -> Command.of((a, s, o, e) -> consent(a, s, o, models), termsOptions);
            case "propose" -> Command.of((a, s, o, e) -> propose(a, s, o, models), termsOptions);
            case "sign" -> Command.of((a, s, o, e) -> sign(a, s, o, false));
            case "fund" -> Command.of((a, s, o, e) -> sign(a, s, o, true));
            case "show" -> Command.of(SlaActions::show);
            case "settle" -> Command.of((a, s, o, e) -> step(a, s, o, "settled", slas(s)::settle));
            case "withdraw" -> Command.of((a, s, o, e) -> step(a, s, o, "withdrawn", slas(s)::withdraw));
            case "cancel" -> Command.of((a, s, o, e) -> step(a, s, o, "cancelled", slas(s)::cancel));
            case "report" -> WitnessActions.command("report");
            default -> null;
        };
    }

    static SlaContracts slas(ChainSession session) {
        return session.workspace().slas();
    }

    private static SlaTerms terms(Args args, ModelSource models) {
        String name = args.positional(0, "SLA");
        List<String> paths = args.positionals().size() > 1 ? args.positionals().subList(1, args.positionals().size()) : List.of(".");
        Sla sla = SlaOffer.find(models.load(paths).models(), name);
        Provider provider;
        try {
            provider = SlaOffer.provider(sla, args.get("provider"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("say which provider", "say which provider with --provider"));
        }
        BigInteger weiPerEur = args.has("eur-per-eth") ? SlaOffer.weiPerEur(new BigDecimal(args.get("eur-per-eth"))) : null;
        return SlaOffer.terms(sla, SourceText.of(sla), provider, weiPerEur,
                args.has("sign-window") ? seconds(args.get("sign-window")) : SlaOffer.DEFAULT_SIGN_WINDOW_SECONDS,
                args.has("reveal-window") ? seconds(args.get("reveal-window")) : SlaOffer.DEFAULT_REVEAL_WINDOW_SECONDS);
    }

    private static int consent(Args args, ChainSession session, PrintStream out, ModelSource models) {
        SlaTerms t = terms(args, models);
        Account provider = session.account();
        if (!provider.address().equalsIgnoreCase(t.provider())) {
            throw new ChainException(provider.address() + " is not the provider's wallet " + t.provider() + "; use --from");
        }
        SlaContracts slas = slas(session);
        out.println(TextHash.hex(slas.consent(provider, t)));
        session.err().println("consent of " + t.provider() + " to agreement " + slas.agreementOf(t) + ", terms "
                + TextHash.hex(t.termsHash()) + "; the customer proposes with --consent");
        return 0;
    }

    private static int propose(Args args, ChainSession session, PrintStream out, ModelSource models) {
        SlaTerms t = terms(args, models);
        Account proposer = session.account();
        byte[] consent = args.has("consent") ? TextHash.bytes(args.get("consent")) : null;
        SlaContracts slas = slas(session);
        SlaContracts.Step step = slas.propose(proposer, t, consent);
        out.println("agreement " + step.agreement() + " (" + ChainCommands.sent(step.receipt()) + ")");
        print(slas.state(step.agreement()), out);
        return 0;
    }

    private static int sign(Args args, ChainSession session, PrintStream out, boolean fund) {
        String agreement = args.positional(0, "AGREEMENT");
        SlaContracts slas = slas(session);
        AgreementState state = slas.state(agreement);
        Account party = session.account();
        if (fund != party.address().equalsIgnoreCase(state.customer())) {
            throw new ChainException(fund ? "only the customer " + state.customer() + " funds the agreement"
                    : "the customer signs by funding: allstar sla fund " + agreement);
        }
        SlaContracts.Step step = slas.sign(party, agreement);
        out.println((fund ? "funded " : "signed ") + agreement + " (" + ChainCommands.sent(step.receipt()) + ")");
        print(slas.state(agreement), out);
        return 0;
    }

    private static int show(Args args, ChainSession session, PrintStream out, PrintStream err) {
        print(slas(session).state(args.positional(0, "AGREEMENT")), out);
        return 0;
    }

    private interface Operation {
        SlaContracts.Step on(Account account, String agreement);
    }

    private static int step(Args args, ChainSession session, PrintStream out, String done, Operation operation) {
        String agreement = args.positional(0, "AGREEMENT");
        SlaContracts.Step step = operation.on(session.account(), agreement);
        out.println(done + " " + agreement + " (" + ChainCommands.sent(step.receipt()) + ")");
        print(slas(session).state(agreement), out);
        return 0;
    }

    static void print(AgreementState s, PrintStream out) {
        out.println("phase: " + s.phase().name().toLowerCase());
        out.println("provider: " + s.provider());
        out.println("customer: " + s.customer());
        out.println("price: " + Amounts.ether(s.price()) + ", witness fee: " + Amounts.ether(s.witnessFee()) + ", held: "
                + Amounts.ether(s.balance()));
        String deadline = Instant.ofEpochSecond(s.deadline()).toString();
        switch (s.phase()) {
            case PROPOSED -> out.println("sign by: " + deadline);
            case ACTIVE -> out.println("ends: " + deadline + ", reveals until "
                    + Instant.ofEpochSecond(s.deadline() + s.revealWindow()));
            default -> { }
        }
        if (!s.committee().isEmpty()) {
            out.println("committee (quorum " + s.quorum() + " of " + s.committeeSize() + "): " + String.join(", ", s.committee()));
            out.println("revealed: " + Integer.bitCount(s.revealMask()) + ", violation votes: " + Integer.bitCount(s.violationMask())
                    + (s.violationConfirmed() ? " (violation confirmed)" : ""));
        }
        if (s.phase() == AgreementState.Phase.SETTLED || s.phase() == AgreementState.Phase.CANCELLED) {
            out.println("settlement: " + Amounts.ether(s.dueToCustomer()) + " to the customer, "
                    + Amounts.ether(s.dueToProvider()) + " to the provider (each withdraws it once: allstar sla withdraw)");
        }
    }

    /** "7d", "12h", "30m", "90s" or plain seconds. */
    static long seconds(String text) {
        String t = text.trim();
        long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'd' -> 86400;
            case 'h' -> 3600;
            case 'm' -> 60;
            case 's' -> 1;
            default -> 0;
        };
        return unit == 0 ? Long.parseLong(t) : Long.parseLong(t.substring(0, t.length() - 1)) * unit;
    }
}
