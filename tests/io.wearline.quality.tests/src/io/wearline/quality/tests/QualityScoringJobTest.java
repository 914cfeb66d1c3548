package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.wearline.data.Table;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.QualityScoringJob;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.UtilityOptions;
import io.wearline.quality.UtilityResult;
import io.wearline.quality.UtilityTarget;

/** The scoring job scores with utility; scoring stops when canceled. */
class QualityScoringJobTest {
	private final Table real = Seeds.fleet(12, 1);
	private final Table synthetic = Seeds.fleet(12, 2);

	@Test
	void theJobAddsUtilityToTheReport() throws InterruptedException {
		UtilityOptions utility = UtilityOptions.defaults()
				.withTargets(List.of(new UtilityTarget("rul", UtilityResult.Task.REGRESSION)));
		QualityScoringJob job = new QualityScoringJob("Scoring a fleet", real, synthetic, null,
				ScoringOptions.defaults(), utility);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity());
		assertNotNull(job.report().utility());
		assertEquals("rul", job.report().utility().results().get(0).target());
		assertTrue(job.report().overall() > 0.5);
	}

	@Test
	void scoringStopsWhenCanceled() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> QualityScoring.score(real, synthetic, null, ScoringOptions.defaults(), monitor));
	}
}
