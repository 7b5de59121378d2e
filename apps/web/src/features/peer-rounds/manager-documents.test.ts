import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AddPeerGroupMemberDocument,
  CancelPeerRoundDocument,
  ChangePeerGroupStatusDocument,
  EndPeerGroupMembershipDocument,
  FormPeerGroupDocument,
  ManagerPeerGroupDocument,
  MovePeerRoundDocument,
  PeerGroupsOverviewDocument,
  PeerRoundBasicsDocument,
  PlanPeerRoundDocument,
  PlanPeerRoundsDocument,
} from '../../gql/graphql';

/** What belongs to a peer group alone (DESIGN §4): the managers' pages never ask for it. */
const CONFIDENTIAL = /\b(cases|caseQueue|keyQuestion|text|minutes|rsvps|attendance|myFeedback)\b/;

describe('the program managers’ documents', () => {
  it.each(
    Object.entries({
      PeerGroupsOverviewDocument,
      ManagerPeerGroupDocument,
      FormPeerGroupDocument,
      AddPeerGroupMemberDocument,
      EndPeerGroupMembershipDocument,
      ChangePeerGroupStatusDocument,
      PlanPeerRoundsDocument,
      PlanPeerRoundDocument,
      MovePeerRoundDocument,
      CancelPeerRoundDocument,
      PeerRoundBasicsDocument,
    }),
  )('%s asks for no case, key question, minutes or answers', (_, document) => {
    const source = print(document);
    expect(source).toMatch(/\{/);
    expect(source.match(CONFIDENTIAL)).toBeNull();
  });
});
