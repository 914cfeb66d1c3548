package io.wearline.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.Sensor;

/**
 * Names the elements of a profile by their ids: the machine by its {@code id} ({@code m1}), and sensors, failure
 * modes, parameters and regimes below it ({@code m1.speed}). The profile's {@code name} is a display name
 * ("Motor 1") and must not become a qualified name, which the default provider would do. Elements without an
 * id of their own (effects, adjustments, law parameters) have no name.
 */
public class MachineQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		String ownId = ownId(element);
		if (ownId == null || ownId.isEmpty()) {
			return null;
		}
		if (element instanceof MachineProfile) {
			return QualifiedName.create(ownId);
		}
		if (element.eContainer() instanceof MachineProfile profile && profile.getId() != null
				&& !profile.getId().isEmpty()) {
			return QualifiedName.create(profile.getId(), ownId);
		}
		return QualifiedName.create(ownId);
	}

	private static String ownId(EObject element) {
		if (element instanceof MachineProfile profile) {
			return profile.getId();
		}
		if (element instanceof Sensor sensor) {
			return sensor.getId();
		}
		if (element instanceof FailureMode mode) {
			return mode.getId();
		}
		if (element instanceof OperatingRegime regime) {
			return regime.getName();
		}
		if (element instanceof OperatingParameter parameter) {
			return parameter.getKey();
		}
		return null;
	}
}
