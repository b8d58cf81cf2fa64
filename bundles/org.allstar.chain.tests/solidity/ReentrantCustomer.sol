// SPDX-License-Identifier: EPL-2.0
pragma solidity 0.8.28;

/// The SlaTerms struct of the product's contracts, repeated: this test contract is compiled on its own.
struct Terms {
    address provider;
    address customer;
    bytes32 termsHash;
    uint96 price;
    uint96 witnessFee;
    uint32 duration;
    uint32 signWindow;
    uint24 revealWindow;
    uint16 compensationBps;
    uint8 committeeSize;
    uint8 quorum;
}

interface Factory {
    function propose(Terms calldata t, bytes calldata providerConsent) external payable returns (address);
}

interface Agreement {
    function cancel() external;
    function withdraw() external;
}

/// A customer that is a contract and tries to withdraw twice: its receive() calls withdraw() again while
/// the agreement is paying it. Test only.
contract ReentrantCustomer {
    Agreement public agreement;
    uint256 public reentries;
    uint256 public failedReentries;

    function propose(Factory factory, Terms calldata t, bytes calldata providerConsent) external payable {
        agreement = Agreement(factory.propose{value: msg.value}(t, providerConsent));
    }

    function cancel() external {
        agreement.cancel();
    }

    function attack() external {
        agreement.withdraw();
    }

    receive() external payable {
        if (reentries == 0) {
            reentries = 1;
            try agreement.withdraw() {
                // a second payment: the test fails on the balance
            } catch {
                failedReentries += 1;
            }
        }
    }
}
