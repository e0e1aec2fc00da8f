/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Scenario#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Element {
	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.ScenarioOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getScenario_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioOverride> getOverrides();

} // Scenario
