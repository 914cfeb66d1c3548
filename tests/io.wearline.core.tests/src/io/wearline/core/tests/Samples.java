package io.wearline.core.tests;

/**
 * The sample motor's core as JSON and YAML, laid out by hand so that tests can point at their lines; the profile
 * language's sample and the helpers are {@link io.wearline.test.support.SampleProfiles}.
 */
final class Samples {

	/** The core of {@link io.wearline.test.support.SampleProfiles#MOTOR} (its speed sensor) as JSON. */
	static final String VALID_JSON = """
			{
			  "id": "m1",
			  "name": "Motor 1",
			  "type": "motor",
			  "sensors": [
			    {
			      "id": "speed",
			      "label": "Shaft speed",
			      "kind": "speed",
			      "unit": "rpm",
			      "min": 0,
			      "max": 3000,
			      "nominal": 1480,
			      "noise": 2.5
			    }
			  ],
			  "regimes": [ { "name": "normal", "weight": 1 } ],
			  "degradation": { "law": "exponential", "parameters": { "rate": 3 } },
			  "life": { "minLife": 150, "maxLife": 400, "timeUnit": "cycles" }
			}
			""";

	/** The same as YAML. */
	static final String VALID_YAML = """
			id: m1
			name: Motor 1
			type: motor
			sensors:
			  - id: speed
			    label: Shaft speed
			    kind: speed
			    unit: rpm
			    min: 0
			    max: 3000
			    nominal: 1480
			    noise: 2.5
			regimes:
			  - name: normal
			    weight: 1
			degradation:
			  law: exponential
			  parameters:
			    rate: 3
			life:
			  minLife: 150
			  maxLife: 400
			  timeUnit: cycles
			""";

	private Samples() {
	}
}
