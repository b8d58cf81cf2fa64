// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

/// The terms of an SLA as the chain enforces them. termsHash is the keccak-256 of the SLA's ALLSTAR-ML text,
/// which holds everything else the parties agreed (metrics, thresholds, windows).
struct SlaTerms {
    address provider;
    address customer;
    bytes32 termsHash;
    uint96 price;           // wei, escrowed by the customer, paid to the provider
    uint96 witnessFee;      // wei, escrowed by the customer, shared by the witnesses who agree with the outcome
    uint32 duration;        // seconds from activation to the end of the agreement
    uint32 signWindow;      // seconds from the proposal for the other party to sign
    uint24 revealWindow;    // seconds after the end for witnesses to reveal their votes
    uint16 compensationBps; // share of the price returned to the customer on a confirmed violation
    uint8 committeeSize;    // witnesses drawn, 1 to 8
    uint8 quorum;           // violation votes that confirm a violation; a strict majority of the committee
}
