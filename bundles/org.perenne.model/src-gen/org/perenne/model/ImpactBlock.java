/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Impact Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.ImpactBlock#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getImpactBlock()
 * @model
 * @generated
 */
public interface ImpactBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.ImpactIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getImpactBlock_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImpactIndicator> getIndicators();

} // ImpactBlock
