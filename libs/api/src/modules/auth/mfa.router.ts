import { confirmTotpSchema, mfaProofSchema } from '@srw/domain';
import { protectedProcedure, router, sessionProcedure } from '../../trpc';
import {
  confirmSecondFactor,
  disableSecondFactor,
  mfaStatus,
  regenerateRecoveryCodes,
  startEnrolment,
} from './auth-mfa.service';

/** The second factor of the signed-in person; status, enrolment and confirming also serve a session that still owes it. */
export const mfaRouter = router({
  status: sessionProcedure.query(({ ctx }) => mfaStatus(ctx)),
  startEnrolment: sessionProcedure.input(mfaProofSchema).mutation(({ ctx, input }) => startEnrolment(ctx, input)),
  confirm: sessionProcedure.input(confirmTotpSchema).mutation(({ ctx, input }) => confirmSecondFactor(ctx, input)),
  regenerateRecoveryCodes: protectedProcedure
    .input(mfaProofSchema)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx, input)),
  disable: protectedProcedure.input(mfaProofSchema).mutation(({ ctx, input }) => disableSecondFactor(ctx, input)),
});
