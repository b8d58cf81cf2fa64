// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

import {MinimalProxy} from "./MinimalProxy.sol";

/// @title Staked witnesses who watch SLAs, the committees drawn from them, and their track record.
/// @notice Randomness: a committee is drawn when an agreement becomes active, from the previous block's hash,
///         the block's prevrandao and the agreement's address, among witnesses online since at least
///         `warmupBlocks` blocks (so nobody can join, or go online, in the block that draws, having computed
///         the draw). Neither party names the witnesses, but the draw is not unbiasable: a block proposer can
///         withhold a block to re-roll prevrandao, and the party whose signature activates the agreement
///         chooses the block it lands in and can simulate the draw first, aborting when it dislikes it. Both can
///         re-roll among the eligible witnesses at a cost, not add witnesses of their own to the draw; whoever
///         already controls many staked witnesses controls that share of the draws. A verifiable random
///         function or a commit-reveal beacon would remove the re-rolls; the cost is a second round trip.
contract WitnessPool {
    /// One storage slot per witness: the stake, fees earned and not yet withdrawn, committees served, in how
    /// many of those it revealed a vote that agreed with the outcome (its reputation: agreed of tasks), the
    /// seats it holds in agreements not yet settled, and the block from which it can be drawn. The stake is a
    /// deposit that makes many witness identities costly, locked while the witness holds a seat; it is not
    /// slashed.
    struct Witness {
        uint80 stake;
        uint80 fees;
        uint24 tasks;
        uint24 agreed;
        uint16 open;
        uint32 eligibleFrom;
    }

    uint80 public immutable minStake;
    uint32 public immutable warmupBlocks;
    address public immutable factory;
    bytes32 private immutable agreementCodeHash;

    address[] private online;
    mapping(address => uint256) private onlinePosition; // index in `online` plus one; 0 when offline
    mapping(address => Witness) public witnesses;

    event WitnessJoined(address indexed witness, uint80 stake);
    event WitnessOnline(address indexed witness);
    event WitnessOffline(address indexed witness);
    event WitnessLeft(address indexed witness, uint80 stake);
    event CommitteeDrawn(address indexed agreement, address[] committee);
    event SettlementRecorded(address indexed agreement, uint8 agreedMask, uint256 feeEach);
    event FeesWithdrawn(address indexed witness, uint256 amount);

    error StakeTooLow(uint256 sent, uint256 minimum);
    error AlreadyJoined(address witness);
    error NotAWitness(address caller);
    error AlreadyOnline(address witness);
    error NotOnline(address witness);
    error OpenSeats(address witness, uint16 open);
    error NotAnAgreement(address caller);
    error NotEnoughWitnesses(uint256 available, uint256 needed);
    error NothingToWithdraw(address caller);
    error TransferFailed(address to, uint256 amount);

    /// Created by the SlaFactory, with the implementation its agreements clone.
    constructor(uint80 minimumStake, uint32 warmup, address agreementImplementation) {
        minStake = minimumStake;
        warmupBlocks = warmup == 0 ? 1 : warmup;
        factory = msg.sender;
        agreementCodeHash = keccak256(MinimalProxy.creationCode(agreementImplementation));
    }

    function join() external payable {
        Witness storage w = witnesses[msg.sender];
        if (w.stake != 0) revert AlreadyJoined(msg.sender);
        if (msg.value < minStake || msg.value == 0 || msg.value > type(uint80).max) revert StakeTooLow(msg.value, minStake);
        w.stake = uint80(msg.value);
        emit WitnessJoined(msg.sender, uint80(msg.value));
        _goOnline(msg.sender);
    }

    function goOnline() external {
        if (witnesses[msg.sender].stake == 0) revert NotAWitness(msg.sender);
        if (onlinePosition[msg.sender] != 0) revert AlreadyOnline(msg.sender);
        _goOnline(msg.sender);
    }

    function goOffline() external {
        if (onlinePosition[msg.sender] == 0) revert NotOnline(msg.sender);
        _goOffline(msg.sender);
    }

    /// Leaves the pool with the stake once every seat the witness holds is settled; fees stay withdrawable.
    function leave() external {
        Witness storage w = witnesses[msg.sender];
        uint80 stake = w.stake;
        if (stake == 0) revert NotAWitness(msg.sender);
        if (w.open != 0) revert OpenSeats(msg.sender, w.open);
        if (onlinePosition[msg.sender] != 0) _goOffline(msg.sender);
        w.stake = 0;
        emit WitnessLeft(msg.sender, stake);
        _send(msg.sender, stake);
    }

    function withdrawFees() external {
        Witness storage w = witnesses[msg.sender];
        uint80 amount = w.fees;
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        w.fees = 0;
        emit FeesWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// Draws `size` distinct online witnesses other than the two parties, for the calling agreement.
    function draw(bytes32 salt, bytes32 seed, uint8 size, address partyA, address partyB)
        external returns (address[] memory committee)
    {
        _requireAgreement(salt);
        uint256 n = online.length;
        committee = new address[](size);
        for (uint256 i; i < size; ++i) {
            address pick = _pick(committee, i, uint256(keccak256(abi.encode(seed, i))) % (n == 0 ? 1 : n), partyA, partyB);
            if (pick == address(0)) revert NotEnoughWitnesses(n, size);
            committee[i] = pick;
            witnesses[pick].open += 1;
        }
        emit CommitteeDrawn(msg.sender, committee);
    }

    /// The agreement's settlement: every member served one more committee; those in `agreedMask` revealed a
    /// vote that matched the outcome and share the fee sent with this call.
    function recordSettlement(bytes32 salt, address[] calldata committee, uint8 agreedMask) external payable {
        _requireAgreement(salt);
        uint256 agreeing;
        for (uint256 i; i < committee.length; ++i) {
            if (agreedMask & (1 << i) != 0) ++agreeing;
        }
        uint256 feeEach = agreeing == 0 ? 0 : msg.value / agreeing;
        uint256 remainder = msg.value - feeEach * agreeing; // rounding dust goes to the first who agreed
        for (uint256 i; i < committee.length; ++i) {
            Witness storage w = witnesses[committee[i]];
            w.open -= 1;
            w.tasks += 1;
            if (agreedMask & (1 << i) != 0) {
                w.agreed += 1;
                w.fees += uint80(feeEach + remainder);
                remainder = 0;
            }
        }
        emit SettlementRecorded(msg.sender, agreedMask, feeEach);
    }

    function onlineCount() external view returns (uint256) {
        return online.length;
    }

    function isOnline(address witness) external view returns (bool) {
        return onlinePosition[witness] != 0;
    }

    function _pick(address[] memory chosen, uint256 count, uint256 start, address partyA, address partyB)
        private view returns (address)
    {
        uint256 n = online.length;
        // linear probing from a random start: always ends within n probes (a slight bias towards witnesses
        // that follow excluded or already chosen ones in the list)
        for (uint256 probe; probe < n; ++probe) {
            address candidate = online[(start + probe) % n];
            if (candidate != partyA && candidate != partyB && witnesses[candidate].eligibleFrom <= block.number
                && !_contains(chosen, count, candidate)) {
                return candidate;
            }
        }
        return address(0);
    }

    function _contains(address[] memory list, uint256 count, address a) private pure returns (bool) {
        for (uint256 i; i < count; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }

    function _goOnline(address witness) private {
        witnesses[witness].eligibleFrom = uint32(block.number + warmupBlocks);
        online.push(witness);
        onlinePosition[witness] = online.length;
        emit WitnessOnline(witness);
    }

    function _goOffline(address witness) private {
        uint256 position = onlinePosition[witness];
        address last = online[online.length - 1];
        online[position - 1] = last;
        onlinePosition[last] = position;
        online.pop();
        delete onlinePosition[witness];
        emit WitnessOffline(witness);
    }

    function _requireAgreement(bytes32 salt) private view {
        if (msg.sender != MinimalProxy.predict(agreementCodeHash, factory, salt)) revert NotAnAgreement(msg.sender);
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = payable(to).call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
